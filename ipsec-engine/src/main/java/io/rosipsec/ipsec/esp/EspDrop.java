package io.rosipsec.ipsec.esp;

/**
 * Why an ESP or AH packet was dropped (or refused on output), named after the {@code /ip ipsec
 * statistics} counter it moves. RouterOS prints the Linux XFRM MIB ({@code /proc/net/xfrm_stat});
 * the mapping follows where the kernel counts the same failure ({@code xfrm_input()}, {@code
 * esp_input()}, {@code xfrm_replay_check()}, {@code xfrm_output()}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4303#section-3.4">RFC 4303 §3.4</a>
 */
public enum EspDrop {
    /** Too short to hold the SPI and sequence number, or an unparseable IP header. */
    HEADER("in-header-errors", true),
    /** The SPI names no SA here (RFC 4303 §3.4.2: "MUST discard"; auditable event). */
    NO_STATE("in-no-states", true),
    /** Shorter than IV + pad length + next header + ICV, or not a whole number of cipher blocks. */
    TRUNCATED("in-state-protocol-errors", true),
    /** The ICV did not verify (RFC 4303 §3.4.4; for AEAD, the tag). */
    ICV_MISMATCH("in-state-protocol-errors", true),
    /** Pad length larger than the payload, or pad bytes not 1, 2, 3, … (RFC 4303 §2.4). */
    BAD_PADDING("in-state-protocol-errors", true),
    /** Duplicate, or older than the replay window (RFC 4303 §3.4.3). */
    REPLAY("in-state-sequence-errors", true),
    /** Next header does not fit the SA's mode (tunnel needs 4 or 41, RFC 4303 §2.6). */
    MODE_MISMATCH("in-state-mode-errors", true),
    /** The SA passed its hard lifetime. */
    EXPIRED("in-state-expired", true),
    /**
     * The decapsulated inner IPv4 packet is shorter than its header: the kernel's tunnel-mode input ({@code
     * xfrm4_remove_tunnel_encap}, {@code pskb_may_pull}) fails and counts a mode error. A longer but otherwise bad
     * inner packet is the IP stack's business (no XFRM counter).
     */
    INNER_TRUNCATED("in-state-mode-errors", true),
    /** A failure no other counter names ({@code LINUX_MIB_XFRMINERROR}: "all errors not matched by others"). */
    OTHER("in-errors", true),
    /** The packet is larger than the encapsulation can carry (IPv4 total length, AH lengths). */
    OVERSIZED("out-state-protocol-errors", false),
    /** The 32-bit (or 64-bit ESN) sequence number would wrap: rekey first (RFC 4303 §3.3.3). */
    SEQUENCE_OVERFLOW("out-state-sequence-errors", false),
    /** Output on an SA that was closed (deleted). */
    OUT_NO_STATE("out-no-states", false),
    /** Output on an SA past its hard lifetime. */
    OUT_EXPIRED("out-state-expired", false);

    private final String counter;
    private final boolean inbound;

    EspDrop(String counter, boolean inbound) {
        this.counter = counter;
        this.inbound = inbound;
    }

    /** The {@code /ip ipsec statistics} counter this failure increments. */
    public String routerOsCounter() {
        return counter;
    }

    /** Whether this is a receive-side failure ({@code in-*} counter). */
    public boolean inbound() {
        return inbound;
    }
}

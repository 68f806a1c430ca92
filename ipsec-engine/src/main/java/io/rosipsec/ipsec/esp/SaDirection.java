package io.rosipsec.ipsec.esp;

/**
 * Which way an SA carries traffic. Each negotiated Child SA is a pair of one-direction SAs, each
 * with its own SPI (chosen by its receiver, RFC 4303 §2.1), keys and counters; {@code /ip ipsec
 * installed-sa} lists the two separately.
 */
public enum SaDirection {
    /** Decapsulates: owns the replay window. */
    INBOUND,
    /** Encapsulates: owns the sequence counter. */
    OUTBOUND
}

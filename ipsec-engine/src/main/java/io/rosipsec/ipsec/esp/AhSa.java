package io.rosipsec.ipsec.esp;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.MacPrimitive;
import io.rosipsec.ipsec.crypto.Octets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One direction of an AH SA (RFC 4302), IPv4 only: AH authenticates the IP header too, so unlike
 * {@link EspSa} it works on whole IPv4 packets. IPv6 (extension-header mutability) is not
 * implemented; RouterOS offers AH with the same integrity algorithms as ESP.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Header   |  Payload Len  |          RESERVED             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Security Parameters Index (SPI)               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Sequence Number Field                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Integrity Check Value-ICV (variable)           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * The ICV covers the IPv4 header with its mutable fields zeroed (TOS, flags, fragment offset, TTL,
 * checksum; options other than those RFC 4302 App. A.1 lists as immutable are zeroed whole), the
 * AH header with the ICV field zeroed, the payload, and with ESN the high half of the sequence
 * number appended (RFC 4302 §3.3.3). Payload Len is the AH length in 32-bit words minus 2 (all
 * ICVs here are multiples of 4 bytes, so IPv4 needs no ICV padding). Fragments are refused
 * (RFC 4302 §3.4.1: AH is applied to whole datagrams).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4302">RFC 4302</a>
 */
public final class AhSa implements IpsecSa {
    private static final int FIXED = 12;

    private final SaDirection direction;
    private final int spi;
    private final IntegAlg integ;
    private final EspMode mode;
    private final boolean esn;
    private final MacPrimitive mac;
    private final int icvLength;
    private final SequenceCounter sequence;
    private final ReplayWindow replay;
    private final SaCounters counters = new SaCounters();
    private boolean expired;
    private boolean closed;

    public AhSa(CryptoSuite suite, AhSaConfig config, SaDirection direction) {
        Objects.requireNonNull(suite, "suite");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.spi = config.spi();
        this.integ = config.integ();
        this.mode = config.mode();
        this.esn = config.esn();
        this.mac = suite.integrity(integ);
        byte[] key = config.authKey();
        mac.setKey(key);
        Arrays.fill(key, (byte) 0);
        this.icvLength = mac.icvLength();
        this.sequence = new SequenceCounter(esn);
        this.replay = new ReplayWindow(config.replayWindow());
    }

    public static AhSa outbound(CryptoSuite suite, AhSaConfig config) {
        return new AhSa(suite, config, SaDirection.OUTBOUND);
    }

    public static AhSa inbound(CryptoSuite suite, AhSaConfig config) {
        return new AhSa(suite, config, SaDirection.INBOUND);
    }

    /**
     * Builds {@code outer} (protocol set to 51, lengths and checksum filled in) + AH + {@code
     * payload}.
     *
     * @param nextHeader protocol of {@code payload} (4 for a tunnelled IPv4 packet)
     */
    public byte[] encapsulate(Ipv4Header outer, byte[] payload, int nextHeader)
            throws EspException {
        if (direction != SaDirection.OUTBOUND) {
            throw new IllegalStateException("encapsulate on an inbound SA");
        }
        if (closed) {
            throw counters.dropped(new EspException(EspDrop.OUT_NO_STATE, "SA closed"));
        }
        if (expired) {
            throw counters.dropped(new EspException(EspDrop.OUT_EXPIRED, "SA hard-expired"));
        }
        int ahLength = FIXED + icvLength;
        int total = outer.headerLength() + ahLength + payload.length;
        if (total > 0xFFFF) {
            throw counters.dropped(new EspException(EspDrop.OVERSIZED, total + " bytes"));
        }
        long seq;
        try {
            seq = sequence.next();
        } catch (EspException e) {
            throw counters.dropped(e);
        }
        Ipv4Header h = outer.withProtocol(Ipv4Header.PROTO_AH);
        byte[] out = h.packet(WireBytes.concat(new byte[ahLength], payload));
        int ah = h.headerLength();
        out[ah] = (byte) nextHeader;
        out[ah + 1] = (byte) (ahLength / 4 - 2);
        WireBytes.putInt(out, ah + 4, spi);
        WireBytes.putInt(out, ah + 8, (int) seq);
        icv(out.clone(), ah, seq, out, ah + FIXED);
        counters.accepted(payload.length);
        return out;
    }

    /** Transport mode: AH inserted after the header of {@code ipv4Packet}. */
    public byte[] encapsulateTransport(byte[] ipv4Packet) throws EspException {
        Ipv4Header h = parseLocal(ipv4Packet);
        return encapsulate(h, Arrays.copyOfRange(ipv4Packet, h.headerLength(), h.totalLength()),
                h.protocol());
    }

    /** Tunnel mode: a new outer header from {@code source} to {@code destination}, TTL 64. */
    public byte[] encapsulateTunnel(byte[] innerPacket, byte[] source, byte[] destination)
            throws EspException {
        Ipv4Header inner = parseLocal(innerPacket);
        Ipv4Header outer = Ipv4Header.of(source, destination, Ipv4Header.PROTO_AH, 64,
                inner.identification());
        return encapsulate(outer, Arrays.copyOf(innerPacket, inner.totalLength()),
                EspMode.NEXT_IPV4);
    }

    private static Ipv4Header parseLocal(byte[] packet) {
        try {
            return Ipv4Header.parse(packet);
        } catch (MalformedPacketException e) {
            throw new IllegalArgumentException("not an IPv4 packet: " + e.getMessage());
        }
    }

    /**
     * Verifies an IPv4 packet carrying AH and returns what follows the AH header: the inner packet
     * (tunnel) or the upper-layer segment, whose protocol is {@link Decapsulated#nextHeader()}
     * (transport; the outer header's addresses are the caller's from {@link Ipv4Header#parse}).
     *
     * @throws EspException carrying the {@link EspDrop} to count; nothing else for bad input
     */
    public Decapsulated decapsulate(byte[] ipv4Packet) throws EspException {
        if (direction != SaDirection.INBOUND) {
            throw new IllegalStateException("decapsulate on an outbound SA");
        }
        try {
            return open(ipv4Packet);
        } catch (EspException e) {
            throw counters.dropped(e);
        }
    }

    private Decapsulated open(byte[] packet) throws EspException {
        Ipv4Header h;
        try {
            h = Ipv4Header.parse(packet);
        } catch (MalformedPacketException e) {
            throw new EspException(EspDrop.HEADER, e.getMessage());
        }
        int ah = h.headerLength();
        int end = h.totalLength();
        if (h.protocol() != Ipv4Header.PROTO_AH || h.fragment() || end - ah < FIXED) {
            throw new EspException(EspDrop.HEADER, "not a whole IPv4 packet carrying AH");
        }
        if (WireBytes.getInt(packet, ah + 4) != spi || closed) {
            throw new EspException(EspDrop.NO_STATE,
                    "no SA for SPI 0x" + Integer.toHexString(WireBytes.getInt(packet, ah + 4)));
        }
        if (expired) {
            throw new EspException(EspDrop.EXPIRED, "SA hard-expired");
        }
        int ahLength = ((packet[ah + 1] & 0xFF) + 2) * 4;
        if (ahLength != FIXED + icvLength || ah + ahLength > end) {
            throw new EspException(EspDrop.TRUNCATED, "AH length " + ahLength);
        }
        int low = WireBytes.getInt(packet, ah + 8);
        long seq = esn ? replay.inferSequence(low) : low & 0xFFFF_FFFFL;
        ReplayWindow.Verdict verdict = replay.check(seq);
        if (verdict != ReplayWindow.Verdict.FRESH) {
            throw new EspException(EspDrop.REPLAY, "sequence " + Long.toUnsignedString(seq)
                    + " " + verdict.name().toLowerCase(Locale.ROOT));
        }
        byte[] copy = Arrays.copyOf(packet, end);
        byte[] expected = new byte[icvLength];
        icv(copy, ah, seq, expected, 0);
        if (!Octets.constantTimeEquals(expected, 0, packet, ah + FIXED, icvLength)) {
            throw new EspException(EspDrop.ICV_MISMATCH, integ + " ICV did not verify");
        }
        replay.update(seq);
        int nextHeader = packet[ah] & 0xFF;
        if (!mode.accepts(nextHeader)) {
            throw new EspException(EspDrop.MODE_MISMATCH,
                    "next header " + nextHeader + " in " + mode + " mode");
        }
        byte[] payload = Arrays.copyOfRange(packet, ah + ahLength, end);
        counters.accepted(payload.length);
        return new Decapsulated(spi, seq, nextHeader, payload);
    }

    /**
     * Computes the ICV of {@code packet} (modified: mutable fields and ICV field zeroed) into
     * {@code out[outOffset..]}.
     */
    private void icv(byte[] packet, int ah, long seq, byte[] out, int outOffset)
            throws EspException {
        packet[1] = 0; // TOS
        packet[6] = 0; // flags and fragment offset
        packet[7] = 0;
        packet[8] = 0; // TTL
        packet[10] = 0; // header checksum
        packet[11] = 0;
        zeroMutableOptions(packet, Ipv4Header.MIN_LENGTH, ah);
        Arrays.fill(packet, ah + FIXED, ah + FIXED + icvLength, (byte) 0);
        mac.update(packet, 0, packet.length);
        if (esn) {
            mac.update(WireBytes.esnHigh(seq), 0, 4);
        }
        mac.doFinal(out, outOffset);
    }

    /** RFC 4302 App. A.1: options other than these are mutable and zeroed as a whole. */
    private static boolean immutableOption(int type) {
        return type == 0 || type == 1 || type == 130 || type == 133 || type == 134 || type == 148
                || type == 149;
    }

    private static void zeroMutableOptions(byte[] p, int from, int to) throws EspException {
        int i = from;
        while (i < to) {
            int type = p[i] & 0xFF;
            if (type == 0) {
                return;
            }
            if (type == 1) {
                i++;
                continue;
            }
            if (i + 1 >= to || (p[i + 1] & 0xFF) < 2 || i + (p[i + 1] & 0xFF) > to) {
                throw new EspException(EspDrop.HEADER, "malformed IPv4 option " + type);
            }
            int len = p[i + 1] & 0xFF;
            if (!immutableOption(type)) {
                Arrays.fill(p, i, i + len, (byte) 0);
            }
            i += len;
        }
    }

    /** Marks the SA past its hard lifetime. */
    public void expire() {
        expired = true;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            mac.setKey(new byte[mac.keyLength()]);
        }
    }

    public SaDirection direction() {
        return direction;
    }

    public int spi() {
        return spi;
    }

    public IntegAlg integ() {
        return integ;
    }

    public EspMode mode() {
        return mode;
    }

    public int icvLength() {
        return icvLength;
    }

    public SequenceCounter sequence() {
        return sequence;
    }

    public ReplayWindow replayWindow() {
        return replay;
    }

    public SaCounters counters() {
        return counters;
    }
}

package io.rosipsec.ipsec.esp;

import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv4 header (RFC 791 §3.1), for building and reading tunnel-mode inner packets, AH's outer
 * header and the router's {@code /ping}. Options are kept as raw bytes (a multiple of 4).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param tos the DSCP/ECN byte
 * @param totalLength header plus payload, in bytes
 * @param identification fragment identification
 * @param flags the three flag bits (2 = DF, 1 = MF)
 * @param fragmentOffset in 8-byte units
 * @param ttl time to live
 * @param protocol payload protocol (1 ICMP, 4 IPv4, 6 TCP, 17 UDP, 50 ESP, 51 AH)
 * @param checksum the header checksum as read ({@link #encode()} recomputes it)
 * @param source 4-byte source address
 * @param destination 4-byte destination address
 * @param options raw options, a multiple of 4 bytes, at most 40
 * @see <a href="https://www.rfc-editor.org/rfc/rfc791#section-3.1">RFC 791 §3.1</a>
 */
public record Ipv4Header(int tos, int totalLength, int identification, int flags,
        int fragmentOffset, int ttl, int protocol, int checksum, byte[] source,
        byte[] destination, byte[] options) {
    public static final int PROTO_ICMP = 1;
    public static final int PROTO_IPIP = 4;
    public static final int PROTO_UDP = 17;
    public static final int PROTO_ESP = 50;
    public static final int PROTO_AH = 51;
    /** Length of a header without options. */
    public static final int MIN_LENGTH = 20;

    public Ipv4Header {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (source.length != 4 || destination.length != 4) {
            throw new IllegalArgumentException("IPv4 addresses are 4 bytes");
        }
        options = options == null ? new byte[0] : options.clone();
        if (options.length % 4 != 0 || options.length > 40) {
            throw new IllegalArgumentException("options must be a multiple of 4, at most 40 bytes");
        }
        if (totalLength < 0 || totalLength > 0xFFFF) {
            throw new IllegalArgumentException("total length out of range: " + totalLength);
        }
        source = source.clone();
        destination = destination.clone();
    }

    /**
     * A header without options for a new packet: TTL and identification given, DF clear; the total
     * length is filled in by {@link #packet(byte[])}.
     */
    public static Ipv4Header of(byte[] source, byte[] destination, int protocol, int ttl,
            int identification) {
        return new Ipv4Header(0, MIN_LENGTH, identification & 0xFFFF, 0, 0, ttl, protocol, 0,
                source, destination, null);
    }

    /**
     * Reads the header at the start of {@code packet}, checking version, IHL and total length
     * against the buffer (the checksum is checked by {@link #checksumValid(byte[])}).
     *
     * @throws MalformedPacketException if it is not a plausible IPv4 header
     */
    public static Ipv4Header parse(byte[] packet) throws MalformedPacketException {
        if (packet == null || packet.length < MIN_LENGTH) {
            throw new MalformedPacketException("shorter than an IPv4 header");
        }
        if ((packet[0] & 0xF0) != 0x40) {
            throw new MalformedPacketException("not IPv4: version " + ((packet[0] & 0xFF) >>> 4));
        }
        int ihl = (packet[0] & 0x0F) * 4;
        int total = u16(packet, 2);
        if (ihl < MIN_LENGTH || total < ihl || total > packet.length) {
            throw new MalformedPacketException(
                    "bad lengths: IHL " + ihl + ", total " + total + ", buffer " + packet.length);
        }
        int flagsFrag = u16(packet, 6);
        return new Ipv4Header(packet[1] & 0xFF, total, u16(packet, 4), flagsFrag >>> 13,
                flagsFrag & 0x1FFF, packet[8] & 0xFF, packet[9] & 0xFF, u16(packet, 10),
                Arrays.copyOfRange(packet, 12, 16), Arrays.copyOfRange(packet, 16, 20),
                Arrays.copyOfRange(packet, MIN_LENGTH, ihl));
    }

    /** Whether the header checksum of {@code packet} is correct (call after {@link #parse}). */
    public static boolean checksumValid(byte[] packet) {
        return InetChecksum.verify(packet, 0, (packet[0] & 0x0F) * 4);
    }

    /** The payload of {@code packet} per its header's lengths. */
    public static byte[] payload(byte[] packet) throws MalformedPacketException {
        Ipv4Header h = parse(packet);
        return Arrays.copyOfRange(packet, h.headerLength(), h.totalLength());
    }

    public int headerLength() {
        return MIN_LENGTH + options.length;
    }

    /** Whether this is a fragment (MF set or non-zero offset). */
    public boolean fragment() {
        return (flags & 1) != 0 || fragmentOffset != 0;
    }

    public Ipv4Header withProtocol(int p) {
        return new Ipv4Header(tos, totalLength, identification, flags, fragmentOffset, ttl, p,
                checksum, source, destination, options);
    }

    public Ipv4Header withTotalLength(int length) {
        return new Ipv4Header(tos, length, identification, flags, fragmentOffset, ttl, protocol,
                checksum, source, destination, options);
    }

    /** The header bytes with a freshly computed checksum. */
    public byte[] encode() {
        byte[] out = new byte[headerLength()];
        out[0] = (byte) (0x40 | (headerLength() / 4));
        out[1] = (byte) tos;
        put16(out, 2, totalLength);
        put16(out, 4, identification);
        put16(out, 6, (flags << 13) | fragmentOffset);
        out[8] = (byte) ttl;
        out[9] = (byte) protocol;
        System.arraycopy(source, 0, out, 12, 4);
        System.arraycopy(destination, 0, out, 16, 4);
        System.arraycopy(options, 0, out, MIN_LENGTH, options.length);
        put16(out, 10, InetChecksum.compute(out, 0, out.length));
        return out;
    }

    /** A whole packet: this header with the total length set for {@code payload}, then it. */
    public byte[] packet(byte[] payload) {
        int total = headerLength() + payload.length;
        if (total > 0xFFFF) {
            throw new IllegalArgumentException("IPv4 packet of " + total + " bytes");
        }
        byte[] head = withTotalLength(total).encode();
        byte[] out = Arrays.copyOf(head, total);
        System.arraycopy(payload, 0, out, head.length, payload.length);
        return out;
    }

    @Override
    public byte[] source() {
        return source.clone();
    }

    @Override
    public byte[] destination() {
        return destination.clone();
    }

    @Override
    public byte[] options() {
        return options.clone();
    }

    static int u16(byte[] b, int off) {
        return ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
    }

    static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }
}

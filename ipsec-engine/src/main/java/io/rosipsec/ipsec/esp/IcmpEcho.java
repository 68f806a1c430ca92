package io.rosipsec.ipsec.esp;

import java.util.Arrays;

/**
 * An ICMP Echo or Echo Reply message (RFC 792, type 8 / 0, code 0), for tunnel-mode tests and the
 * router's {@code /ping}.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |     Code      |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Identifier          |        Sequence Number        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Data ...
 * +-+-+-+-+-
 * </pre>
 *
 * @param type {@link #ECHO_REQUEST} or {@link #ECHO_REPLY}
 * @param identifier echo identifier
 * @param sequence echo sequence number
 * @param data the echo data
 * @see <a href="https://www.rfc-editor.org/rfc/rfc792">RFC 792</a>
 */
public record IcmpEcho(int type, int identifier, int sequence, byte[] data) {
    public static final int ECHO_REPLY = 0;
    public static final int ECHO_REQUEST = 8;

    public IcmpEcho {
        if (type != ECHO_REPLY && type != ECHO_REQUEST) {
            throw new IllegalArgumentException("not an echo type: " + type);
        }
        data = data == null ? new byte[0] : data.clone();
        identifier &= 0xFFFF;
        sequence &= 0xFFFF;
    }

    public static IcmpEcho request(int identifier, int sequence, byte[] data) {
        return new IcmpEcho(ECHO_REQUEST, identifier, sequence, data);
    }

    /** The reply to this request: same identifier, sequence and data (RFC 792). */
    public IcmpEcho reply() {
        return new IcmpEcho(ECHO_REPLY, identifier, sequence, data);
    }

    /** The ICMP message with its checksum. */
    public byte[] encode() {
        byte[] out = new byte[8 + data.length];
        out[0] = (byte) type;
        Ipv4Header.put16(out, 4, identifier);
        Ipv4Header.put16(out, 6, sequence);
        System.arraycopy(data, 0, out, 8, data.length);
        Ipv4Header.put16(out, 2, InetChecksum.compute(out, 0, out.length));
        return out;
    }

    /** A whole IPv4 packet carrying this message (protocol 1). */
    public byte[] toIpv4(byte[] source, byte[] destination, int ttl, int identification) {
        return Ipv4Header.of(source, destination, Ipv4Header.PROTO_ICMP, ttl, identification)
                .packet(encode());
    }

    /**
     * Reads an ICMP echo message, verifying its checksum.
     *
     * @throws MalformedPacketException if short, of another type or code, or corrupted
     */
    public static IcmpEcho parse(byte[] icmp) throws MalformedPacketException {
        if (icmp == null || icmp.length < 8) {
            throw new MalformedPacketException("shorter than an ICMP echo header");
        }
        int type = icmp[0] & 0xFF;
        if ((type != ECHO_REPLY && type != ECHO_REQUEST) || icmp[1] != 0) {
            throw new MalformedPacketException("not an echo: type " + type + " code " + icmp[1]);
        }
        if (!InetChecksum.verify(icmp, 0, icmp.length)) {
            throw new MalformedPacketException("ICMP checksum mismatch");
        }
        return new IcmpEcho(type, Ipv4Header.u16(icmp, 4), Ipv4Header.u16(icmp, 6),
                Arrays.copyOfRange(icmp, 8, icmp.length));
    }

    /**
     * Reads the echo inside an IPv4 packet, checking the IP header, its checksum and protocol 1.
     */
    public static IcmpEcho parseIpv4(byte[] packet) throws MalformedPacketException {
        Ipv4Header h = Ipv4Header.parse(packet);
        if (!Ipv4Header.checksumValid(packet)) {
            throw new MalformedPacketException("IPv4 header checksum mismatch");
        }
        if (h.protocol() != Ipv4Header.PROTO_ICMP) {
            throw new MalformedPacketException("protocol " + h.protocol() + " is not ICMP");
        }
        return parse(Arrays.copyOfRange(packet, h.headerLength(), h.totalLength()));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}

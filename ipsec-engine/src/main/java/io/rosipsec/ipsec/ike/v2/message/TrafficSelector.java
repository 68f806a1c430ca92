package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.TsUnacceptableException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One traffic selector: an IPv4 or IPv6 address range with IP protocol (0 = any) and port range. Ports 0..65535
 * mean any port; start 65535 / end 0 is the OPAQUE selector of RFC 7296 §3.13.1.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   TS Type     |IP Protocol ID*|       Selector Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Start Port*         |           End Port*           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                         Starting Address*                     ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                         Ending Address*                       ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.13.1">RFC 7296 §3.13.1</a>
 */
public final class TrafficSelector {
    private final TsType type;
    private final int ipProtocol;
    private final int startPort;
    private final int endPort;
    private final byte[] startAddress;
    private final byte[] endAddress;

    /**
     * @param startAddress 4 or 16 bytes; both addresses must have the same family
     */
    public TrafficSelector(int ipProtocol, int startPort, int endPort, byte[] startAddress, byte[] endAddress) {
        if (startAddress.length != endAddress.length
                || (startAddress.length != 4 && startAddress.length != 16)) {
            throw new IllegalArgumentException("addresses must both be IPv4 or both IPv6");
        }
        if (ipProtocol < 0 || ipProtocol > 0xff || startPort < 0 || startPort > 0xffff
                || endPort < 0 || endPort > 0xffff) {
            throw new IllegalArgumentException("protocol or port out of range");
        }
        this.type = startAddress.length == 4 ? TsType.TS_IPV4_ADDR_RANGE : TsType.TS_IPV6_ADDR_RANGE;
        this.ipProtocol = ipProtocol;
        this.startPort = startPort;
        this.endPort = endPort;
        this.startAddress = startAddress.clone();
        this.endAddress = endAddress.clone();
    }

    /** A selector for a whole address range, any protocol and port. */
    public TrafficSelector(InetAddress start, InetAddress end) {
        this(0, 0, 0xffff, start.getAddress(), end.getAddress());
    }

    /**
     * Reads one selector. A type other than IPv4/IPv6 range is answered with TS_UNACCEPTABLE (we implement no other
     * selector type); a Selector Length that does not match the type is a syntax error.
     */
    static TrafficSelector decode(ByteReader r) throws InvalidSyntaxException, TsUnacceptableException {
        int typeValue = r.u8();
        int protocol = r.u8();
        int length = r.u16();
        TsType t = TsType.fromWire(typeValue);
        if (t == TsType.UNKNOWN) {
            if (length < 4) {
                throw new InvalidSyntaxException("selector length " + length);
            }
            r.skip(length - 4);
            throw new TsUnacceptableException("unsupported traffic selector type " + typeValue);
        }
        int addrLen = t == TsType.TS_IPV4_ADDR_RANGE ? 4 : 16;
        if (length != 8 + 2 * addrLen) {
            throw new InvalidSyntaxException(t + " with selector length " + length);
        }
        int startPort = r.u16();
        int endPort = r.u16();
        return new TrafficSelector(protocol, startPort, endPort, r.bytes(addrLen), r.bytes(addrLen));
    }

    void encode(ByteWriter w) {
        w.u8(type.wire()).u8(ipProtocol).u16(length()).u16(startPort).u16(endPort);
        w.bytes(startAddress).bytes(endAddress);
    }

    /** Encoded size: 16 for IPv4, 40 for IPv6. */
    public int length() {
        return 8 + 2 * startAddress.length;
    }

    public TsType type() {
        return type;
    }

    /** IP protocol number, 0 for any. */
    public int ipProtocol() {
        return ipProtocol;
    }

    public int startPort() {
        return startPort;
    }

    public int endPort() {
        return endPort;
    }

    public InetAddress startAddress() {
        return toAddress(startAddress);
    }

    public InetAddress endAddress() {
        return toAddress(endAddress);
    }

    private static InetAddress toAddress(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("raw address of length " + raw.length, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrafficSelector t
                && t.ipProtocol == ipProtocol
                && t.startPort == startPort
                && t.endPort == endPort
                && Arrays.equals(t.startAddress, startAddress)
                && Arrays.equals(t.endAddress, endAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                ipProtocol, startPort, endPort, Arrays.hashCode(startAddress), Arrays.hashCode(endAddress));
    }

    @Override
    public String toString() {
        return startAddress().getHostAddress() + "-" + endAddress().getHostAddress()
                + " proto " + ipProtocol + " ports " + startPort + "-" + endPort;
    }
}

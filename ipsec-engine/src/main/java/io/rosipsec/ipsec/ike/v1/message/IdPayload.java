package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Identification payload of the IPsec DOI. In phase 1 it names the peer (IDii/IDir: address, FQDN, USER_FQDN,
 * KEY_ID, protocol and port normally zero or UDP/500); in Quick Mode it carries the client identities IDci/IDcr,
 * i.e. the traffic selectors (address, subnet or range with protocol and port). {@link #body()} is the IDii_b of
 * the HASH_I computation.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !  Next Payload !   RESERVED    !        Payload Length         !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !   ID Type     !  Protocol ID  !             Port              !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                     Identification Data                       ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.6.2">RFC 2407 §4.6.2</a>
 */
public final class IdPayload extends IsakmpPayload {
    private final int idTypeValue;
    private final int protocol;
    private final int port;
    private final byte[] data;

    public IdPayload(Ikev1IdType type, int protocol, int port, byte[] data) {
        this(type.wire(), protocol, port, data);
    }

    private IdPayload(int idTypeValue, int protocol, int port, byte[] data) {
        super(PayloadType.ID.v1());
        if (idTypeValue < 0 || idTypeValue > 0xff || protocol < 0 || protocol > 0xff || port < 0
                || port > 0xffff) {
            throw new IllegalArgumentException("ID fields out of range");
        }
        this.idTypeValue = idTypeValue;
        this.protocol = protocol;
        this.port = port;
        this.data = data.clone();
    }

    /** ID_FQDN. */
    public static IdPayload fqdn(String name) {
        return new IdPayload(Ikev1IdType.FQDN, 0, 0, name.getBytes(StandardCharsets.US_ASCII));
    }

    /** ID_USER_FQDN. */
    public static IdPayload userFqdn(String name) {
        return new IdPayload(Ikev1IdType.USER_FQDN, 0, 0, name.getBytes(StandardCharsets.US_ASCII));
    }

    /** ID_KEY_ID (opaque bytes). */
    public static IdPayload keyId(byte[] key) {
        return new IdPayload(Ikev1IdType.KEY_ID, 0, 0, key);
    }

    /** ID_IPV4_ADDR / ID_IPV6_ADDR. */
    public static IdPayload address(InetAddress address) {
        byte[] a = address.getAddress();
        return new IdPayload(a.length == 4 ? Ikev1IdType.IPV4_ADDR : Ikev1IdType.IPV6_ADDR, 0, 0, a);
    }

    /**
     * A client identity for Quick Mode: a host prefix becomes ID_IPVx_ADDR, any other prefix ID_IPVx_ADDR_SUBNET
     * (address then mask).
     */
    public static IdPayload client(IpPrefix prefix, int protocol, int port) {
        byte[] net = prefix.first();
        boolean v4 = net.length == 4;
        if (prefix.length() == net.length * 8) {
            return new IdPayload(v4 ? Ikev1IdType.IPV4_ADDR : Ikev1IdType.IPV6_ADDR, protocol, port, net);
        }
        byte[] mask = new byte[net.length];
        for (int i = 0; i < prefix.length(); i++) {
            mask[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        byte[] d = new byte[2 * net.length];
        System.arraycopy(net, 0, d, 0, net.length);
        System.arraycopy(mask, 0, d, net.length, net.length);
        return new IdPayload(v4 ? Ikev1IdType.IPV4_ADDR_SUBNET : Ikev1IdType.IPV6_ADDR_SUBNET, protocol, port, d);
    }

    /** Decodes the body; address types must have their exact lengths and no type may be empty. */
    public static IdPayload decode(ByteReader body) throws InvalidSyntaxException {
        int type = body.u8();
        int protocol = body.u8();
        int port = body.u16();
        byte[] data = body.rest();
        int want = switch (Ikev1IdType.fromWire(type)) {
            case IPV4_ADDR -> 4;
            case IPV6_ADDR -> 16;
            case IPV4_ADDR_SUBNET, IPV4_ADDR_RANGE -> 8;
            case IPV6_ADDR_SUBNET, IPV6_ADDR_RANGE -> 32;
            default -> -1;
        };
        if (want >= 0 ? data.length != want : data.length == 0) {
            throw new InvalidSyntaxException("ID type " + type + " with " + data.length + " bytes of data");
        }
        return new IdPayload(type, protocol, port, data);
    }

    public Ikev1IdType idType() {
        return Ikev1IdType.fromWire(idTypeValue);
    }

    public int protocol() {
        return protocol;
    }

    public int port() {
        return port;
    }

    public byte[] data() {
        return data.clone();
    }

    /**
     * The identity as RouterOS writes {@code remote-id} ({@code fqdn:a.test}, {@code address:192.0.2.1}, {@code
     * user-fqdn:...}, {@code key-id:...}), or empty for types RouterOS cannot name.
     */
    public Optional<String> routerOsName() {
        return switch (idType()) {
            case FQDN -> Optional.of("fqdn:" + new String(data, StandardCharsets.US_ASCII));
            case USER_FQDN -> Optional.of("user-fqdn:" + new String(data, StandardCharsets.US_ASCII));
            case KEY_ID -> Optional.of("key-id:" + new String(data, StandardCharsets.US_ASCII));
            case IPV4_ADDR, IPV6_ADDR -> Optional.of("address:" + addr(data).getHostAddress());
            default -> Optional.empty();
        };
    }

    /** The client identity as a prefix (address or address/mask types), empty for the others. */
    public Optional<IpPrefix> prefix() {
        switch (idType()) {
            case IPV4_ADDR, IPV6_ADDR:
                return Optional.of(IpPrefix.host(addr(data)));
            case IPV4_ADDR_SUBNET, IPV6_ADDR_SUBNET: {
                int n = data.length / 2;
                byte[] a = new byte[n];
                System.arraycopy(data, 0, a, 0, n);
                int len = 0;
                for (int i = n; i < data.length; i++) {
                    len += Integer.bitCount(data[i] & 0xff);
                }
                return Optional.of(new IpPrefix(addr(a), len));
            }
            default:
                return Optional.empty();
        }
    }

    private static InetAddress addr(byte[] a) {
        try {
            return InetAddress.getByAddress(a);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected int bodyLength() {
        return 4 + data.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(idTypeValue).u8(protocol).u16(port).bytes(data);
    }

    @Override
    public String toString() {
        return "ID(" + idType() + " " + routerOsName().orElse(Hex.encode(data)) + " " + protocol + "/" + port + ")";
    }
}

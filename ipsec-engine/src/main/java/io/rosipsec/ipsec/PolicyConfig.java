package io.rosipsec.ipsec;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code /ip ipsec policy} item: the traffic it protects and how. One policy maps onto one
 * IKEv2 traffic selector pair (TSi = {@code src}, TSr = {@code dst} when this router initiates),
 * and {@code tunnel=no} requests USE_TRANSPORT_MODE (RFC 7296 §1.3.1).
 *
 * @param peer the {@code peer} name
 * @param srcAddress {@code src-address}
 * @param srcPort {@code src-port}
 * @param dstAddress {@code dst-address}
 * @param dstPort {@code dst-port}
 * @param protocol {@code protocol} as an IP protocol number, 0 for {@code all}
 * @param tunnel {@code tunnel}
 * @param level {@code level}
 * @param action {@code action}
 * @param proposal the {@code proposal} name
 * @param ipsecProtocols {@code ipsec-protocols}: ESP (default) or AH (RFC 4302; IKEv2 proposals with protocol AH,
 *     RFC 7296 §3.3.1, IKEv1 PROTO_IPSEC_AH, RFC 2407 §4.4.1)
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Policies</a>
 */
public record PolicyConfig(
        String peer,
        IpPrefix srcAddress,
        PortRange srcPort,
        IpPrefix dstAddress,
        PortRange dstPort,
        int protocol,
        boolean tunnel,
        Level level,
        Action action,
        String proposal,
        IpsecProtocols ipsecProtocols) {

    /** RouterOS {@code ipsec-protocols}. */
    public enum IpsecProtocols {
        ESP,
        AH;

        public String routerOsName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A policy with {@code ipsec-protocols=esp} (the default). */
    public PolicyConfig(String peer, IpPrefix srcAddress, PortRange srcPort, IpPrefix dstAddress, PortRange dstPort,
            int protocol, boolean tunnel, Level level, Action action, String proposal) {
        this(peer, srcAddress, srcPort, dstAddress, dstPort, protocol, tunnel, level, action, proposal,
                IpsecProtocols.ESP);
    }

    /** This policy with another {@code ipsec-protocols}. */
    public PolicyConfig withIpsecProtocols(IpsecProtocols p) {
        return new PolicyConfig(peer, srcAddress, srcPort, dstAddress, dstPort, protocol, tunnel, level, action,
                proposal, p);
    }

    /** Whether this policy asks for AH rather than ESP. */
    public boolean ah() {
        return ipsecProtocols == IpsecProtocols.AH;
    }

    /** RouterOS {@code level}. */
    public enum Level {
        REQUIRE,
        UNIQUE,
        USE;

        public String routerOsName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** RouterOS {@code action}. */
    public enum Action {
        ENCRYPT,
        NONE,
        DISCARD;

        public String routerOsName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PolicyConfig {
        Objects.requireNonNull(srcAddress, "srcAddress");
        Objects.requireNonNull(dstAddress, "dstAddress");
        srcPort = srcPort == null ? PortRange.ANY : srcPort;
        dstPort = dstPort == null ? PortRange.ANY : dstPort;
        level = level == null ? Level.REQUIRE : level;
        action = action == null ? Action.ENCRYPT : action;
        proposal = proposal == null ? "default" : proposal;
        ipsecProtocols = ipsecProtocols == null ? IpsecProtocols.ESP : ipsecProtocols;
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol out of range: " + protocol);
        }
        if (srcAddress.network().getAddress().length != dstAddress.network().getAddress().length) {
            throw new IllegalArgumentException("src-address and dst-address differ in family");
        }
    }

    /** An encrypting tunnel policy between two subnets, any protocol and port. */
    public static PolicyConfig tunnel(String peer, String src, String dst, String proposal) {
        return new PolicyConfig(peer, IpPrefix.parse(src), PortRange.ANY, IpPrefix.parse(dst),
                PortRange.ANY, 0, true, Level.REQUIRE, Action.ENCRYPT, proposal);
    }

    /** An encrypting transport-mode policy between two hosts. */
    public static PolicyConfig transport(String peer, String src, String dst, String proposal) {
        return new PolicyConfig(peer, IpPrefix.parse(src), PortRange.ANY, IpPrefix.parse(dst),
                PortRange.ANY, 0, false, Level.REQUIRE, Action.ENCRYPT, proposal);
    }
}

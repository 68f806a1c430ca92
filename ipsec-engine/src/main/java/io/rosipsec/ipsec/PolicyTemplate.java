package io.rosipsec.ipsec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * One {@code /ip ipsec policy} item with {@code template=yes}: what a responder whose identity has {@code
 * generate-policy=port-strict|port-override} and {@code policy-template-group=}{@link #group} accepts when no static
 * policy matches the initiator's selectors. The default item is {@code group=default src-address=::/0
 * dst-address=::/0 protocol=all proposal=default} (routeros-cli.md §5.2).
 *
 * <p>A {@code /0} prefix matches either address family: RouterOS's default template is written {@code ::/0} and yet
 * accepts IPv4 road warriors (L2TP/IPsec works with it out of the box).
 *
 * @param group the {@code group} name
 * @param srcAddress {@code src-address}: our side of the traffic
 * @param srcPort {@code src-port}
 * @param dstAddress {@code dst-address}: the initiator's side
 * @param dstPort {@code dst-port}
 * @param protocol {@code protocol} as an IP protocol number, 0 for {@code all}
 * @param proposal the {@code proposal} name the generated policy uses
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Policies, Identities
 *     ({@code generate-policy}, {@code policy-template-group})</a>
 */
public record PolicyTemplate(
        String group,
        IpPrefix srcAddress,
        PortRange srcPort,
        IpPrefix dstAddress,
        PortRange dstPort,
        int protocol,
        String proposal) {

    /** RouterOS's default template ({@code 0 T *}). */
    public static final PolicyTemplate DEFAULT = new PolicyTemplate("default", IpPrefix.parse("::/0"), PortRange.ANY,
            IpPrefix.parse("::/0"), PortRange.ANY, 0, "default");

    public PolicyTemplate {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(srcAddress, "srcAddress");
        Objects.requireNonNull(dstAddress, "dstAddress");
        srcPort = srcPort == null ? PortRange.ANY : srcPort;
        dstPort = dstPort == null ? PortRange.ANY : dstPort;
        proposal = proposal == null ? "default" : proposal;
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol out of range: " + protocol);
        }
    }

    /** A template of any protocol and port between two prefixes. */
    public static PolicyTemplate of(String group, String src, String dst, String proposal) {
        return new PolicyTemplate(group, IpPrefix.parse(src), PortRange.ANY, IpPrefix.parse(dst), PortRange.ANY, 0,
                proposal);
    }

    /** {@code src-address} in the family of {@code sample} (a {@code /0} fits both families), or null. */
    public IpPrefix srcIn(InetAddress sample) {
        return inFamily(srcAddress, sample);
    }

    /** {@code dst-address} in the family of {@code sample} (a {@code /0} fits both families), or null. */
    public IpPrefix dstIn(InetAddress sample) {
        return inFamily(dstAddress, sample);
    }

    /** Whether {@code inner} lies entirely within this template's {@code src-address} (family rule applied). */
    public boolean srcCovers(IpPrefix inner) {
        return covers(srcIn(inner.network()), inner);
    }

    /** Whether {@code inner} lies entirely within this template's {@code dst-address} (family rule applied). */
    public boolean dstCovers(IpPrefix inner) {
        return covers(dstIn(inner.network()), inner);
    }

    /** Whether an initiator's IP protocol ({@code 0} = all) is allowed by {@code protocol}. */
    public boolean allowsProtocol(int offered) {
        return protocol == 0 || protocol == offered;
    }

    /**
     * The dynamic policy generated from this template for {@code peer}: {@code action=encrypt level=unique}, this
     * template's proposal.
     *
     * @param src our side (the initiator's TSr / IDcr)
     * @param dst the initiator's side (its TSi / IDci)
     */
    public PolicyConfig instantiate(String peer, IpPrefix src, PortRange srcPort, IpPrefix dst, PortRange dstPort,
            int protocol, boolean tunnel) {
        return new PolicyConfig(peer, src, srcPort, dst, dstPort, protocol, tunnel, PolicyConfig.Level.UNIQUE,
                PolicyConfig.Action.ENCRYPT, proposal);
    }

    private static boolean covers(IpPrefix outer, IpPrefix inner) {
        return outer != null && outer.length() <= inner.length() && outer.contains(inner.network());
    }

    private static IpPrefix inFamily(IpPrefix p, InetAddress sample) {
        int len = sample.getAddress().length;
        if (p.network().getAddress().length == len) {
            return p;
        }
        if (p.length() != 0) {
            return null;
        }
        try {
            return new IpPrefix(InetAddress.getByAddress(new byte[len]), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

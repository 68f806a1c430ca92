package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.IdentityConfig.GeneratePolicy;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.PolicyTemplate;
import io.rosipsec.ipsec.PortRange;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The IKEv2 responder's {@code generate-policy} step (RouterOS identity {@code generate-policy}, {@code
 * policy-template-group}): when no static policy matches the proposed TSi/TSr, each template of the identity's group
 * is narrowed against them (RFC 7296 §2.9) and a non-empty result becomes a dynamic policy candidate: our side
 * ({@code src}) from TSr, the initiator's side ({@code dst}) from TSi, each the smallest prefix covering the first
 * narrowed selector. With {@code port-strict} the template's ports take part in the narrowing and the policy keeps
 * the narrowed ports; with {@code port-override} ports are not checked and the policy uses any port.
 */
final class TemplateSelection {
    private TemplateSelection() {}

    /**
     * Dynamic policy candidates for the offered selectors, one per matching template in menu order; empty with
     * {@code generate-policy=no}.
     *
     * @param transport whether the initiator asked for USE_TRANSPORT_MODE
     */
    static List<PolicyConfig> candidates(IkeSessionConfig config, List<TrafficSelector> offeredI,
            List<TrafficSelector> offeredR, boolean transport) {
        List<PolicyConfig> out = new ArrayList<>();
        if (offeredI.isEmpty() || offeredR.isEmpty()) {
            return out;
        }
        boolean strict = config.identity().generatePolicy() == GeneratePolicy.PORT_STRICT;
        for (PolicyTemplate t : config.candidateTemplates()) {
            // The initiator's TSi is our remote side (dst), its TSr our local side (src).
            IpPrefix dst = t.dstIn(offeredI.get(0).startAddress());
            IpPrefix src = t.srcIn(offeredR.get(0).startAddress());
            if (dst == null || src == null) {
                continue;
            }
            List<TrafficSelector> ni = TsNarrowing.narrow(offeredI,
                    TsNarrowing.selector(dst, strict ? t.dstPort() : PortRange.ANY, t.protocol()));
            List<TrafficSelector> nr = TsNarrowing.narrow(offeredR,
                    TsNarrowing.selector(src, strict ? t.srcPort() : PortRange.ANY, t.protocol()));
            if (ni.isEmpty() || nr.isEmpty()) {
                continue;
            }
            TrafficSelector i = ni.get(0);
            TrafficSelector r = nr.get(0);
            int protocol = r.ipProtocol() != 0 ? r.ipProtocol() : i.ipProtocol();
            out.add(t.instantiate(config.peer().name(), covering(r), strict ? ports(r) : PortRange.ANY,
                    covering(i), strict ? ports(i) : PortRange.ANY, protocol, !transport));
        }
        return out;
    }

    private static PortRange ports(TrafficSelector ts) {
        return new PortRange(ts.startPort(), ts.endPort());
    }

    /** The smallest prefix that holds the selector's address range. */
    static IpPrefix covering(TrafficSelector ts) {
        byte[] a = ts.startAddress().getAddress();
        byte[] b = ts.endAddress().getAddress();
        int len = 0;
        while (len < a.length * 8 && bit(a, len) == bit(b, len)) {
            len++;
        }
        try {
            return new IpPrefix(InetAddress.getByAddress(a), len);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bit(byte[] x, int i) {
        return (x[i / 8] >>> (7 - i % 8)) & 1;
    }
}

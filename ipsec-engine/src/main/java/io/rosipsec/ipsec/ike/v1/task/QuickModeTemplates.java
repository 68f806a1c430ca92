package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.IdentityConfig.GeneratePolicy;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.PolicyTemplate;
import io.rosipsec.ipsec.PortRange;
import java.util.Optional;

/**
 * The IKEv1 Quick Mode responder's {@code generate-policy} step (RouterOS identity {@code generate-policy}, {@code
 * policy-template-group}): IKEv1 has no narrowing (RFC 2409 §5.5), so the initiator's client IDs must lie within a
 * template of the identity's group: IDci within {@code dst-address}, IDcr within {@code src-address}, the ID's
 * protocol allowed by the template's. With {@code port-strict} each ID port must lie within the template's port
 * range (port 0, "any", only within {@code any}) and the generated policy keeps the ID ports; with {@code
 * port-override} ports are not checked and the policy uses any port. The first template that fits wins.
 */
final class QuickModeTemplates {
    private QuickModeTemplates() {}

    /**
     * The dynamic policy for the initiator's IDs, if {@code generate-policy} is on and a template fits.
     *
     * @param ci IDci as a prefix (the initiator's side)
     * @param cr IDcr as a prefix (our side)
     * @param protocol the IDs' IP protocol (0 = all)
     * @param ciPort IDci's port (0 = any)
     * @param crPort IDcr's port (0 = any)
     * @param tunnel whether the initiator proposes tunnel mode
     */
    static Optional<PolicyConfig> generate(IkeSessionConfig config, IpPrefix ci, IpPrefix cr, int protocol,
            int ciPort, int crPort, boolean tunnel) {
        boolean strict = config.identity().generatePolicy() == GeneratePolicy.PORT_STRICT;
        for (PolicyTemplate t : config.candidateTemplates()) {
            if (!t.dstCovers(ci) || !t.srcCovers(cr) || !t.allowsProtocol(protocol)) {
                continue;
            }
            if (strict && (!within(ciPort, t.dstPort()) || !within(crPort, t.srcPort()))) {
                continue;
            }
            return Optional.of(t.instantiate(config.peer().name(), cr, strict ? port(crPort) : PortRange.ANY, ci,
                    strict ? port(ciPort) : PortRange.ANY, protocol, tunnel));
        }
        return Optional.empty();
    }

    private static boolean within(int idPort, PortRange range) {
        return idPort == 0 ? range.isAny() : range.start() <= idPort && idPort <= range.end();
    }

    private static PortRange port(int idPort) {
        return idPort == 0 ? PortRange.ANY : new PortRange(idPort, idPort);
    }
}

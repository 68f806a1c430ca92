package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IdentityConfig.GeneratePolicy;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PeerConfig.ExchangeMode;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.PolicyTemplate;
import io.rosipsec.ipsec.PortRange;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IKEv1 road warrior (RouterOS identity {@code generate-policy}, {@code policy-template-group}): sun is a passive
 * Main Mode peer for 0.0.0.0/0 with only templates. Quick Mode's IDci/IDcr (RFC 2409 §5.5) must lie within a
 * template of the identity's group; sun then generates the mirror policy, otherwise it logs {@code failed to get
 * sainfo.} and answers NO-PROPOSAL-CHOSEN while phase 1 stays up.
 */
class GeneratePolicyQuickModeTest {
    private static final ProfileConfig PROFILE = Ikev1TestHarness.seedProfile(ProfileConfig.ProposalCheck.OBEY);
    private static final ProposalConfig PROPOSAL = Ikev1TestHarness.seedProposal();

    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    private static IkeSessionConfig moon(boolean tunnel) {
        return Ikev1TestHarness.moonConfig(ExchangeMode.MAIN, PROFILE, PROPOSAL, Ikev1TestHarness.PSK, tunnel);
    }

    private static IkeSessionConfig sun(GeneratePolicy mode, String group, PolicyTemplate... templates) {
        IkeSessionConfig s = Ikev1TestHarness.sunConfig(ExchangeMode.MAIN, PROFILE, PROPOSAL, Ikev1TestHarness.PSK,
                true);
        return new IkeSessionConfig(s.peer(), s.profile(), s.identity().withGeneratePolicy(mode, group), List.of(),
                s.proposals(), List.of(templates));
    }

    private static PolicyTemplate anyTemplate(String group) {
        return new PolicyTemplate(group, IpPrefix.parse("::/0"), PortRange.ANY, IpPrefix.parse("::/0"),
                PortRange.ANY, 0, "p2");
    }

    private static PolicyTemplate port80() {
        return new PolicyTemplate("default", IpPrefix.parse("0.0.0.0/0"), PortRange.parse("80"),
                IpPrefix.parse("0.0.0.0/0"), PortRange.ANY, 0, "p2");
    }

    /** Moon initiates to sun; every message is delivered (phase 1 and the Quick Mode, whatever its outcome). */
    private static Ikev1TestHarness negotiated(String backEnds, IkeSessionConfig moon, IkeSessionConfig sun) {
        Ikev1TestHarness h = new Ikev1TestHarness(backEnds, moon, sun);
        h.initiate();
        h.deliverAll();
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void portStrictGeneratesTheMirrorPolicy(String backEnds) {
        Ikev1TestHarness h = new Ikev1TestHarness(backEnds, moon(true),
                sun(GeneratePolicy.PORT_STRICT, "default", anyTemplate("default")));
        // (1) HDR*, HASH(1), SA, Ni, KE, IDci(10.1.0.0/16), IDcr(10.2.0.0/16) -->
        //     sun: no static policy; the default template ::/0 <=> ::/0 holds both IDs
        // <-- (2) HDR*, HASH(2), SA, Nr, KE, IDci, IDcr    (3) HDR*, HASH(3) -->
        h.initiate();
        h.deliverAll();
        assertEquals(1, h.moonEvents.children.size());
        assertEquals(1, h.sunEvents.children.size());
        ChildSaRecord sc = h.sunEvents.children.get(0);
        assertEquals(new PolicyConfig("moon", IpPrefix.parse("10.2.0.0/16"), PortRange.ANY,
                IpPrefix.parse("10.1.0.0/16"), PortRange.ANY, 0, true, PolicyConfig.Level.UNIQUE,
                PolicyConfig.Action.ENCRYPT, "p2"), sc.policy());
        assertTrue(h.sun.sas().get(0).config().isGenerated(sc.policy()));
        assertEquals(h.moonEvents.children.get(0).spiIn(), sc.spiOut());
    }

    @Test
    void transportModeIsKeptInTheGeneratedPolicy() {
        Ikev1TestHarness h = negotiated("JCA/JCA", moon(false),
                sun(GeneratePolicy.PORT_STRICT, "default", anyTemplate("default")));
        PolicyConfig p = h.sunEvents.children.get(0).policy();
        assertEquals(false, p.tunnel());
        assertEquals(IpPrefix.parse("192.0.2.2/32"), p.srcAddress());
        assertEquals(IpPrefix.parse("192.0.2.1/32"), p.dstAddress());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void generatePolicyNoIsNoProposalChosen(String backEnds) {
        Ikev1TestHarness h = new Ikev1TestHarness(backEnds, moon(true),
                sun(GeneratePolicy.NO, "default", anyTemplate("default")));
        Ikev1Sa moonSa = h.initiate();
        h.deliverAll();
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertTrue(h.sunEvents.logged("ipsec,error failed to get sainfo."));
        assertTrue(h.sunEvents.logged("phase2 negotiation failed."));
        assertTrue(h.moonEvents.logged("NO_PROPOSAL_CHOSEN"));
        assertEquals(1, h.moonEvents.childFailures.size());
        assertTrue(h.sunEvents.children.isEmpty());
    }

    @Test
    void aTemplateOfAnotherGroupIsNotUsed() {
        Ikev1TestHarness h = negotiated("JCA/JCA", moon(true),
                sun(GeneratePolicy.PORT_STRICT, "default", anyTemplate("rw")));
        assertTrue(h.sunEvents.logged("failed to get sainfo."));
        assertTrue(h.sunEvents.children.isEmpty());

        Ikev1TestHarness ok = negotiated("JCA/JCA", moon(true),
                sun(GeneratePolicy.PORT_STRICT, "rw", anyTemplate("rw")));
        assertEquals(1, ok.sunEvents.children.size());
    }

    @Test
    void idsOutsideTheTemplateAreRefused() {
        PolicyTemplate narrow = PolicyTemplate.of("default", "10.2.0.0/24", "10.1.0.0/16", "p2");
        Ikev1TestHarness h = negotiated("JCA/JCA", moon(true), sun(GeneratePolicy.PORT_STRICT, "default", narrow));
        // IKEv1 cannot narrow: IDcr 10.2.0.0/16 is wider than the template's 10.2.0.0/24
        assertTrue(h.sunEvents.logged("failed to get sainfo."));
        assertTrue(h.moonEvents.children.isEmpty());
    }

    @Test
    void portStrictNeedsTheIdPortsInsideTheTemplateAndPortOverrideDoesNot() {
        // moon's IDs carry port 0 (any), which is not inside the template's src-port=80
        Ikev1TestHarness strict = negotiated("JCA/JCA", moon(true),
                sun(GeneratePolicy.PORT_STRICT, "default", port80()));
        assertTrue(strict.sunEvents.children.isEmpty());

        Ikev1TestHarness override = negotiated("JCA/JCA", moon(true),
                sun(GeneratePolicy.PORT_OVERRIDE, "default", port80()));
        PolicyConfig p = override.sunEvents.children.get(0).policy();
        assertEquals(PortRange.ANY, p.srcPort());
        assertEquals(PortRange.ANY, p.dstPort());
    }

    @Test
    void theGeneratedPairGoesWithTheIsakmpSa() {
        Ikev1TestHarness h = negotiated("JCA/JCA", moon(true),
                sun(GeneratePolicy.PORT_STRICT, "default", anyTemplate("default")));
        ChildSaRecord sc = h.sunEvents.children.get(0);
        h.moon.delete(h.moon.sas().get(0));
        h.scheduler.runPending();
        h.deliverAll();
        assertEquals(List.of(sc), h.sunEvents.childrenDeleted);
        assertTrue(h.sun.sas().stream().allMatch(s -> s.state() == IkeSa.State.DESTROYING));
    }
}

package io.rosipsec.ipsec.ike.v2.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IdentityConfig.GeneratePolicy;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.PolicyTemplate;
import io.rosipsec.ipsec.PortRange;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A road-warrior responder (RouterOS identity {@code generate-policy}, {@code policy-template-group}): sun is a
 * passive peer for 0.0.0.0/0 with no static policy, only templates; moon initiates with its static policy
 * 10.1.0.0/16 → 10.2.0.0/16. Sun generates a dynamic policy from the first template of its group that the proposed
 * selectors fit (RFC 7296 §2.9 narrowing), or answers TS_UNACCEPTABLE.
 */
class GeneratePolicyExchangeTest {
    private static final ProfileConfig PROFILE = RekeyTestSupport.profile(Duration.ofDays(1));
    private static final ProposalConfig PROPOSAL = RekeyTestSupport.proposal("none");

    static List<String> matrix() {
        return ExchangeTestHarness.matrix();
    }

    /** Sun with no static policy, the given generate-policy mode, group and templates. */
    static IkeSessionConfig roadWarrior(GeneratePolicy mode, String group, PolicyTemplate... templates) {
        IkeSessionConfig s = ExchangeTestHarness.sunConfig(PROFILE, PROPOSAL, ExchangeTestHarness.PSK);
        return new IkeSessionConfig(s.peer(), s.profile(), s.identity().withGeneratePolicy(mode, group), List.of(),
                s.proposals(), List.of(templates));
    }

    /** Moon with one static policy instead of the standard one. */
    static IkeSessionConfig moonWith(PolicyConfig policy) {
        IkeSessionConfig m = ExchangeTestHarness.moonConfig(PROFILE, PROPOSAL, ExchangeTestHarness.PSK);
        return new IkeSessionConfig(m.peer(), m.profile(), m.identity(), List.of(policy), m.proposals());
    }

    static IkeSessionConfig moonStandard() {
        return ExchangeTestHarness.moonConfig(PROFILE, PROPOSAL, ExchangeTestHarness.PSK);
    }

    private static PolicyTemplate defaultTemplate() {
        return new PolicyTemplate("default", IpPrefix.parse("::/0"), PortRange.ANY, IpPrefix.parse("::/0"),
                PortRange.ANY, 0, "prop");
    }

    /** Template: tcp from 10.2.0.0/16 port 80 to anywhere. */
    private static PolicyTemplate web80() {
        return new PolicyTemplate("default", IpPrefix.parse("10.2.0.0/16"), PortRange.parse("80"),
                IpPrefix.parse("0.0.0.0/0"), PortRange.ANY, 6, "prop");
    }

    /** Moon initiates to sun; every message is delivered ({@link RekeyTestSupport#established}). */
    private static ExchangeTestHarness established(String backEnds, IkeSessionConfig moon, IkeSessionConfig sun) {
        return RekeyTestSupport.established(new ExchangeTestHarness(backEnds, moon, sun));
    }

    private static PolicyConfig tcp(String dstPort) {
        return new PolicyConfig("sun", IpPrefix.parse("10.1.0.0/16"), PortRange.ANY, IpPrefix.parse("10.2.0.0/16"),
                PortRange.parse(dstPort), 6, true, PolicyConfig.Level.REQUIRE, PolicyConfig.Action.ENCRYPT, "prop");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void portStrictWithTheDefaultTemplateGeneratesTheMirrorPolicy(String backEnds) throws Exception {
        // IKE_AUTH { IDi, AUTH, SAi2, TSi(10.1.0.0/16), TSr(10.2.0.0/16) } -->
        //   sun: no static policy; template ::/0 <=> ::/0 covers both (a /0 fits IPv4 too)
        // <-- IKE_AUTH { IDr, AUTH, SAr2, TSi(10.1.0.0/16), TSr(10.2.0.0/16) }
        ExchangeTestHarness h = established(backEnds, moonStandard(),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", defaultTemplate()));
        assertEquals(1, h.moonEvents.children.size());
        assertEquals(1, h.sunEvents.children.size());
        ChildSaRecord sc = h.sunEvents.children.get(0);
        PolicyConfig generated = sc.policy();
        assertEquals(new PolicyConfig("moon", IpPrefix.parse("10.2.0.0/16"), PortRange.ANY,
                IpPrefix.parse("10.1.0.0/16"), PortRange.ANY, 0, true, PolicyConfig.Level.UNIQUE,
                PolicyConfig.Action.ENCRYPT, "prop"), generated);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        assertTrue(sunSa.config().isGenerated(generated));
        assertEquals(List.of(TsNarrowing.selector(IpPrefix.parse("10.2.0.0/16"), PortRange.ANY, 0)),
                sc.localTs());
        IkeAuthExchangeTest.assertEspWorks(h, h.moonEvents.children.get(0), sc);
    }

    @Test
    void portStrictNarrowsToTheTemplatePorts() {
        ExchangeTestHarness h = established("JCA/JCA", moonWith(tcp("any")),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", web80()));
        PolicyConfig generated = h.sunEvents.children.get(0).policy();
        assertEquals(PortRange.parse("80"), generated.srcPort());
        assertEquals(PortRange.ANY, generated.dstPort());
        assertEquals(6, generated.protocol());
        // moon accepts the narrowed TSr: tcp, port 80 only
        TrafficSelector tsr = h.moonEvents.children.get(0).remoteTs().get(0);
        assertEquals(80, tsr.startPort());
        assertEquals(80, tsr.endPort());
    }

    @Test
    void portStrictRefusesPortsOutsideTheTemplate() {
        ExchangeTestHarness h = established("JCA/JCA", moonWith(tcp("443")),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", web80()));
        assertEquals(List.of(NotifyType.TS_UNACCEPTABLE), h.moonEvents.childFailures);
        assertTrue(h.sunEvents.children.isEmpty());
        assertEquals(IkeSa.State.ESTABLISHED, h.moon.ikeSas().get(0).state()); // the IKE SA stays
    }

    @Test
    void portOverrideIgnoresPortsAndGeneratesAnAnyPortPolicy() {
        ExchangeTestHarness h = established("JCA/JCA", moonWith(tcp("443")),
                roadWarrior(GeneratePolicy.PORT_OVERRIDE, "default", web80()));
        assertTrue(h.moonEvents.childFailures.isEmpty());
        PolicyConfig generated = h.sunEvents.children.get(0).policy();
        assertEquals(PortRange.ANY, generated.srcPort());
        assertEquals(PortRange.ANY, generated.dstPort());
        assertEquals(6, generated.protocol());
        // the answer never widens what moon proposed: TSr stays tcp/443
        TrafficSelector tsr = h.moonEvents.children.get(0).remoteTs().get(0);
        assertEquals(443, tsr.startPort());
        assertEquals(443, tsr.endPort());
    }

    @Test
    void onlyTemplatesOfTheIdentityGroupAreUsed() {
        PolicyTemplate other = PolicyTemplate.of("rw", "0.0.0.0/0", "0.0.0.0/0", "prop");
        ExchangeTestHarness refused = established("JCA/JCA", moonStandard(),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", other));
        assertEquals(List.of(NotifyType.TS_UNACCEPTABLE), refused.moonEvents.childFailures);

        ExchangeTestHarness ok = established("JCA/JCA", moonStandard(),
                roadWarrior(GeneratePolicy.PORT_STRICT, "rw", defaultTemplate(), other));
        assertEquals(1, ok.sunEvents.children.size());
        assertEquals("prop", ok.sunEvents.children.get(0).policy().proposal());
    }

    @Test
    void aTemplateThatDoesNotCoverTheSelectorsIsSkipped() {
        PolicyTemplate elsewhere = PolicyTemplate.of("default", "10.9.0.0/16", "0.0.0.0/0", "prop");
        PolicyTemplate narrowTo = PolicyTemplate.of("default", "10.2.7.0/24", "10.1.0.0/16", "prop");
        // the second template narrows TSr 10.2.0.0/16 to 10.2.7.0/24 (RFC 7296 §2.9)
        ExchangeTestHarness h = established("JCA/JCA", moonStandard(),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", elsewhere, narrowTo));
        assertEquals(IpPrefix.parse("10.2.7.0/24"), h.sunEvents.children.get(0).policy().srcAddress());
        assertEquals(List.of(TsNarrowing.selector(IpPrefix.parse("10.2.7.0/24"), PortRange.ANY, 0)),
                h.moonEvents.children.get(0).remoteTs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void generatePolicyNoWithoutAStaticPolicyIsTsUnacceptable(String backEnds) {
        // IKE_AUTH { ..., SAi2, TSi, TSr } -->   <-- IKE_AUTH { IDr, AUTH, N(TS_UNACCEPTABLE) }
        ExchangeTestHarness h = established(backEnds, moonStandard(),
                roadWarrior(GeneratePolicy.NO, "default", defaultTemplate()));
        assertEquals(List.of(NotifyType.TS_UNACCEPTABLE), h.moonEvents.childFailures);
        assertEquals(List.of(NotifyType.TS_UNACCEPTABLE), h.sunEvents.childFailures);
        assertTrue(h.sunEvents.children.isEmpty());
        assertEquals(IkeSa.State.ESTABLISHED, h.sun.ikeSas().get(0).state());
    }

    @Test
    void aStaticPolicyWinsOverTemplates() {
        IkeSessionConfig sun = roadWarrior(GeneratePolicy.PORT_STRICT, "default", defaultTemplate());
        PolicyConfig mirror = PolicyConfig.tunnel("moon", "10.2.0.0/16", "10.1.0.0/16", "prop");
        sun = new IkeSessionConfig(sun.peer(), sun.profile(), sun.identity(), List.of(mirror), sun.proposals(),
                sun.templates());
        ExchangeTestHarness h = established("JCA/JCA", moonStandard(), sun);
        assertEquals(mirror, h.sunEvents.children.get(0).policy());
        assertFalse(h.sun.ikeSas().get(0).config().isGenerated(mirror));
    }

    @Test
    void additionalChildAndRekeyOfAGeneratedPolicy() {
        ExchangeTestHarness h = established("JCA/JCA", moonStandard(),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", defaultTemplate()));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        // CREATE_CHILD_SA { SA, Ni, TSi(10.3.0.0/16), TSr(10.4.0.0/16) } -->  a second dynamic policy
        h.moon.createChildSa(moonSa, PolicyConfig.tunnel("sun", "10.3.0.0/16", "10.4.0.0/16", "prop"));
        h.scheduler.runPending();
        h.deliverAll();
        assertEquals(2, sunSa.children().size());
        assertEquals(IpPrefix.parse("10.4.0.0/16"), h.sunEvents.children.get(1).policy().srcAddress());
        // sun rekeys its first generated child: it offers the generated policy's selectors and proposal
        ChildSaRecord first = sunSa.children().get(0);
        h.sun.rekeyChildSa(sunSa, first);
        h.scheduler.runPending();
        h.deliverAll();
        assertEquals(2, sunSa.children().size());
        assertTrue(sunSa.children().stream().noneMatch(c -> c == first));
        assertTrue(sunSa.children().stream().allMatch(c -> sunSa.config().isGenerated(c.policy())));
        assertTrue(h.moonEvents.childFailures.isEmpty());
    }

    @Test
    void theGeneratedChildGoesWithItsIkeSa() {
        ExchangeTestHarness h = established("JCA/JCA", moonStandard(),
                roadWarrior(GeneratePolicy.PORT_STRICT, "default", defaultTemplate()));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        // INFORMATIONAL { D(IKE) } -->  <-- { }
        h.moon.deleteIkeSa(moonSa);
        h.scheduler.runPending();
        h.deliverAll();
        assertTrue(h.sun.ikeSas().isEmpty());
        assertEquals(1, h.sunEvents.deleted.size());
        assertEquals(1, h.sunEvents.childrenDeleted.size());
        assertTrue(h.sunEvents.deleted.get(0).config().isGenerated(h.sunEvents.childrenDeleted.get(0).policy()));
    }
}

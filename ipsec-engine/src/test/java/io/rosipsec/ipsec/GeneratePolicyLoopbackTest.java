package io.rosipsec.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two engines on 127.0.0.2 and 127.0.0.3 over real UDP: r2 is a road-warrior responder (passive peer 0.0.0.0/0,
 * {@code generate-policy=port-strict}, only the default template), r1 initiates with a static policy. The dynamic
 * policy is listed by {@link IpsecEngine#dynamicPolicies()} while its SAs live, traffic crosses, and it is gone after
 * {@code kill-connections}.
 */
class GeneratePolicyLoopbackTest {
    private final LoopbackEnginePair lab = new LoopbackEnginePair(22510, 26510);
    private final IpsecEngine r1 = lab.r1;
    private final IpsecEngine r2 = lab.r2;

    @AfterEach
    void stop() {
        lab.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ike2", "main"})
    void dynamicPolicyLivesWithItsSas(String mode) throws Exception {
        IkeSessionConfig initiator = LoopbackEnginePair.session("r2", "127.0.0.3", false, "10.1.0.0/24",
                "10.2.0.0/24", "fqdn:r1.test", "fqdn:r2.test");
        IkeSessionConfig base = LoopbackEnginePair.session("r1", "0.0.0.0/0", true, "10.2.0.0/24",
                "10.1.0.0/24", "fqdn:r2.test", "fqdn:r1.test");
        PeerConfig.ExchangeMode m = PeerConfig.ExchangeMode.parse(mode);
        PeerConfig ip = initiator.peer();
        initiator = new IkeSessionConfig(new PeerConfig(ip.name(), ip.address(), ip.port(), null, false, m, true,
                ip.profile()), initiator.profile(), initiator.identity(), initiator.policies(),
                initiator.proposals());
        PeerConfig rp = base.peer();
        IkeSessionConfig responder = new IkeSessionConfig(new PeerConfig(rp.name(), rp.address(), rp.port(), null,
                true, m, true, rp.profile()), base.profile(),
                base.identity().withGeneratePolicy(IdentityConfig.GeneratePolicy.PORT_STRICT, "default"), List.of(),
                base.proposals(), List.of(PolicyTemplate.DEFAULT));
        r2.apply(new IpsecConfig(List.of(responder), Set.of(LoopbackEnginePair.ip("10.2.0.1"))));
        r1.apply(new IpsecConfig(List.of(initiator), Set.of(LoopbackEnginePair.ip("10.1.0.1"))));
        lab.startR2();
        lab.startR1();

        LoopbackEnginePair.await("the dynamic policy", () -> r2.dynamicPolicies().size() == 1);
        DynamicPolicyView d = r2.dynamicPolicies().get(0);
        assertEquals(IpPrefix.parse("10.2.0.0/24"), d.policy().srcAddress());
        assertEquals(IpPrefix.parse("10.1.0.0/24"), d.policy().dstAddress());
        assertEquals(PolicyConfig.Level.UNIQUE, d.policy().level());
        assertEquals("r1", d.policy().peer());
        assertEquals("127.0.0.3", d.saSrc().getHostAddress());
        assertEquals("127.0.0.2", d.saDst().getHostAddress());
        assertEquals(1, d.ph2Count());
        assertEquals(1, r2.ph2Count(d.policy()));
        assertTrue(r1.dynamicPolicies().isEmpty()); // the initiator's policy is static

        List<EchoResult> res = r1.ping(null, LoopbackEnginePair.ip("10.2.0.1"), 2, 56, Duration.ofMillis(100),
                Duration.ofSeconds(2), x -> { });
        assertTrue(res.stream().allMatch(EchoResult::replied), res.toString());

        r2.killConnections();
        LoopbackEnginePair.await("the dynamic policy gone", () -> r2.dynamicPolicies().isEmpty()
                && r2.installedSas().isEmpty());
    }
}

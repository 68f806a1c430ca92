package io.rosipsec.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PolicyTemplate} matching rules and {@link IkeSessionConfig#candidateTemplates()}. */
class PolicyTemplateTest {
    @Test
    void theDefaultTemplatesSlashZeroFitsBothFamilies() {
        PolicyTemplate t = PolicyTemplate.DEFAULT;
        assertTrue(t.srcCovers(IpPrefix.parse("10.2.0.0/16")));
        assertTrue(t.dstCovers(IpPrefix.parse("2001:db8::/32")));
        assertEquals(IpPrefix.parse("0.0.0.0/0"), t.srcIn(IpPrefix.parse("192.0.2.1").network()));
    }

    @Test
    void aPrefixOfOneFamilyNeitherCoversNorFitsTheOther() {
        PolicyTemplate t = PolicyTemplate.of("default", "10.2.0.0/16", "2001:db8::/32", "default");
        assertTrue(t.srcCovers(IpPrefix.parse("10.2.3.0/24")));
        assertFalse(t.srcCovers(IpPrefix.parse("10.0.0.0/8")));
        assertFalse(t.srcCovers(IpPrefix.parse("10.3.0.0/24")));
        assertNull(t.dstIn(IpPrefix.parse("192.0.2.1").network()));
    }

    @Test
    void protocolAllAllowsAnyOtherOnlyItself() {
        assertTrue(PolicyTemplate.DEFAULT.allowsProtocol(17));
        PolicyTemplate udp = new PolicyTemplate("g", IpPrefix.parse("0.0.0.0/0"), PortRange.ANY,
                IpPrefix.parse("0.0.0.0/0"), PortRange.parse("1701"), 17, "default");
        assertTrue(udp.allowsProtocol(17));
        assertFalse(udp.allowsProtocol(0));
        assertFalse(udp.allowsProtocol(6));
    }

    @Test
    void instantiateMakesAnEncryptingUniquePolicyWithTheTemplatesProposal() {
        PolicyTemplate t = PolicyTemplate.of("rw", "10.2.0.0/16", "0.0.0.0/0", "rw-prop");
        PolicyConfig p = t.instantiate("peer1", IpPrefix.parse("10.2.0.0/16"), PortRange.ANY,
                IpPrefix.parse("192.0.2.7"), PortRange.ANY, 0, true);
        assertEquals(PolicyConfig.Level.UNIQUE, p.level());
        assertEquals(PolicyConfig.Action.ENCRYPT, p.action());
        assertEquals("rw-prop", p.proposal());
        assertEquals("peer1", p.peer());
        assertTrue(p.tunnel());
    }

    @Test
    void candidatesAreTheIdentityGroupsTemplatesOnlyWhenGeneratePolicyIsOn() {
        ProposalConfig prop = ProposalConfig.of("default", List.of("sha256"), List.of("aes-256-cbc"));
        PolicyTemplate a = PolicyTemplate.of("default", "0.0.0.0/0", "0.0.0.0/0", "default");
        PolicyTemplate b = PolicyTemplate.of("rw", "10.0.0.0/8", "0.0.0.0/0", "default");
        IdentityConfig id = IdentityConfig.psk("p", "s", "auto", "auto");
        IkeSessionConfig off = new IkeSessionConfig(PeerConfig.ike2("p", IpPrefix.parse("0.0.0.0/0"), null),
                ProfileConfig.of("default", "sha256", List.of("aes-256"), List.of("modp2048")), id, List.of(),
                java.util.Map.of("default", prop), List.of(a, b));
        assertEquals(List.of(), off.candidateTemplates());
        IkeSessionConfig rw = new IkeSessionConfig(off.peer(), off.profile(),
                id.withGeneratePolicy(IdentityConfig.GeneratePolicy.PORT_OVERRIDE, "rw"), List.of(), off.proposals(),
                off.templates());
        assertEquals(List.of(b), rw.candidateTemplates());
        assertTrue(rw.isGenerated(PolicyConfig.tunnel("p", "10.0.0.0/8", "192.0.2.1", "default")));
        assertFalse(rw.isGenerated(null));
    }
}

package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.PeerConfig.ExchangeMode;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Negotiations that must fail cleanly, with RouterOS's log wording (project spec routeros-cli §5.15): wrong
 * pre-shared key, no common phase-1 proposal, a different PFS group, and phase-2 lifetimes under {@code
 * proposal-check} (strict/exact reject a longer/different lifetime; claim answers with RESPONDER-LIFETIME; obey
 * takes the initiator's).
 */
class FailureExchangeTest {
    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    static Ikev1TestHarness harness(String backEnds, ProfileConfig moonProfile, ProfileConfig sunProfile,
            ProposalConfig moonProp, ProposalConfig sunProp, String moonPsk, String sunPsk) {
        return new Ikev1TestHarness(backEnds,
                Ikev1TestHarness.moonConfig(ExchangeMode.MAIN, moonProfile, moonProp, moonPsk, true),
                Ikev1TestHarness.sunConfig(ExchangeMode.MAIN, sunProfile, sunProp, sunPsk, true));
    }

    static ProfileConfig profile(ProposalCheck check) {
        return Ikev1TestHarness.seedProfile(check);
    }

    static ProposalConfig proposal(Duration lifetime, String pfs) {
        return new ProposalConfig("p2", List.of("sha1"), List.of("aes-128-cbc"), lifetime, pfs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void wrongPreSharedKeyFailsPhase1OnBothSides(String backEnds) {
        ProfileConfig p = profile(ProposalCheck.OBEY);
        ProposalConfig q = Ikev1TestHarness.seedProposal();
        Ikev1TestHarness h = harness(backEnds, p, p, q, q, "moon-secret", "sun-secret");
        Ikev1Sa moonSa = h.initiate();
        h.deliverAll();
        assertTrue(h.sunEvents.logged("192.0.2.1 parsing packet failed, possible cause: wrong password"));
        assertTrue(h.sunEvents.logged("ipsec,error 192.0.2.1 phase1 negotiation failed."));
        assertEquals(1, h.sunEvents.failures.size());
        assertEquals(1, h.moonEvents.failures.size());
        assertTrue(h.moonEvents.logged("phase1 negotiation failed."));
        assertEquals(IkeSa.State.DESTROYING, moonSa.state());
        assertTrue(h.moon.sas().isEmpty());
        assertTrue(h.sun.sas().isEmpty());
        assertTrue(h.moonEvents.children.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void noCommonPhase1Proposal(String backEnds) {
        ProfileConfig moonP = new ProfileConfig("p1", "sha256", "auto", List.of("aes-256"), List.of("modp2048"),
                Duration.ofDays(1), Duration.ofMinutes(2), 5, true, ProposalCheck.OBEY);
        ProposalConfig q = Ikev1TestHarness.seedProposal();
        Ikev1TestHarness h = harness(backEnds, moonP, profile(ProposalCheck.OBEY), q, q, Ikev1TestHarness.PSK,
                Ikev1TestHarness.PSK);
        h.initiate();
        assertEquals(2, h.deliverAll()); // SA --> ; <-- N(NO-PROPOSAL-CHOSEN)
        assertTrue(h.sunEvents.logged("ipsec,error no suitable proposal found."));
        assertTrue(h.sunEvents.logged("ipsec,error 192.0.2.1 failed to get valid proposal."));
        assertTrue(h.sunEvents.logged("rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = SHA1:SHA256"));
        assertTrue(h.moonEvents.logged("NO_PROPOSAL_CHOSEN"));
        assertEquals(1, h.moonEvents.failures.size());
        assertTrue(h.moon.sas().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void differentPfsGroupFailsQuickModeButKeepsPhase1(String backEnds) {
        ProfileConfig p = profile(ProposalCheck.OBEY);
        Ikev1TestHarness h = harness(backEnds, p, p, proposal(Duration.ofHours(8), "modp1024"),
                proposal(Duration.ofHours(8), "modp2048"), Ikev1TestHarness.PSK, Ikev1TestHarness.PSK);
        Ikev1Sa moonSa = h.initiate();
        h.deliverAll();
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertTrue(h.sunEvents.logged("no suitable proposal found."));
        assertTrue(h.sunEvents.logged("phase2 negotiation failed."));
        assertEquals(1, h.moonEvents.childFailures.size());
        assertTrue(h.moonEvents.children.isEmpty());
        assertTrue(h.sunEvents.children.isEmpty());
        assertEquals(1, h.sun.sas().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void strictRejectsALongerLifetime(String backEnds) {
        Ikev1TestHarness h = harness(backEnds, profile(ProposalCheck.OBEY), profile(ProposalCheck.STRICT),
                proposal(Duration.ofHours(8), "modp1024"), proposal(Duration.ofHours(1), "modp1024"),
                Ikev1TestHarness.PSK, Ikev1TestHarness.PSK);
        h.initiate();
        h.deliverAll();
        assertTrue(h.sunEvents.logged("proposed lifetime 28800s is longer than configured 3600s"));
        assertTrue(h.sunEvents.logged("failed to get valid proposal."));
        assertEquals(1, h.moonEvents.childFailures.size());
        assertTrue(h.moonEvents.children.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void strictAcceptsAShorterLifetimeAndExactRejectsIt(String backEnds) {
        Ikev1TestHarness strict = harness(backEnds, profile(ProposalCheck.OBEY), profile(ProposalCheck.STRICT),
                proposal(Duration.ofHours(1), "modp1024"), proposal(Duration.ofHours(8), "modp1024"),
                Ikev1TestHarness.PSK, Ikev1TestHarness.PSK);
        strict.initiate();
        strict.deliverAll();
        assertEquals(Duration.ofHours(1), strict.sunEvents.children.get(0).lifetime());
        Ikev1TestHarness exact = harness(backEnds, profile(ProposalCheck.OBEY), profile(ProposalCheck.EXACT),
                proposal(Duration.ofHours(1), "modp1024"), proposal(Duration.ofHours(8), "modp1024"),
                Ikev1TestHarness.PSK, Ikev1TestHarness.PSK);
        exact.initiate();
        exact.deliverAll();
        assertTrue(exact.sunEvents.logged("differs from configured"));
        assertEquals(1, exact.moonEvents.childFailures.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void claimAnswersWithResponderLifetimeAndObeyTakesTheInitiators(String backEnds) {
        Ikev1TestHarness claim = harness(backEnds, profile(ProposalCheck.OBEY), profile(ProposalCheck.CLAIM),
                proposal(Duration.ofHours(8), "modp1024"), proposal(Duration.ofHours(1), "modp1024"),
                Ikev1TestHarness.PSK, Ikev1TestHarness.PSK);
        claim.initiate();
        claim.deliverAll();
        assertEquals(Duration.ofHours(1), claim.moonEvents.children.get(0).lifetime());
        assertEquals(Duration.ofHours(1), claim.sunEvents.children.get(0).lifetime());
        Ikev1TestHarness obey = harness(backEnds, profile(ProposalCheck.OBEY), profile(ProposalCheck.OBEY),
                proposal(Duration.ofHours(8), "modp1024"), proposal(Duration.ofHours(1), "modp1024"),
                Ikev1TestHarness.PSK, Ikev1TestHarness.PSK);
        obey.initiate();
        obey.deliverAll();
        assertEquals(Duration.ofHours(8), obey.moonEvents.children.get(0).lifetime());
        assertEquals(Duration.ofHours(8), obey.sunEvents.children.get(0).lifetime());
        assertFalse(obey.sunEvents.logged("phase2 negotiation failed"));
    }
}

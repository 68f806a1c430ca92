package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lifetimes by bytes (RFC 2407 §4.5 and RFC 2409 Appendix A, Life Type kilobytes): the RouterOS profile's {@code
 * lifebytes} proposed in phase 1 and counted over the ISAKMP SA's own messages, and a strongSwan-style
 * kilobyte lifetime proposed in Quick Mode, obeyed or rejected per {@code proposal-check} and counted over the
 * ESP byte counters. Soft limit (80 %) rekeys, hard limit deletes; no clock is advanced.
 */
class LifebytesExchangeTest {
    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    private static Ikev1TestHarness established(String backEnds, long lifeBytes, ProposalCheck check) {
        ProfileConfig s = Ikev1TestHarness.seedProfile(check);
        ProfileConfig p = new ProfileConfig("p1", "sha1", "auto", s.encAlgorithms(), s.dhGroups(), s.lifetime(),
                Duration.ZERO, s.dpdMaximumFailures(), true, check, lifeBytes);
        Ikev1TestHarness h = Ikev1TestHarness.mainMode(backEnds, p, true);
        h.initiate();
        assertEquals(9, h.deliverAll());
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void phase1LifebytesReauthenticatesAtEightyPercentAndDeletesAtTheLimit(String backEnds) {
        Ikev1TestHarness h = established(backEnds, 3000, ProposalCheck.OBEY);
        Ikev1Sa moonSa = h.moon.sas().get(0);
        Ikev1Sa sunSa = h.sun.sas().get(0);
        assertEquals(3, moonSa.offer().orElseThrow().lifeKilobytes(), "3000 bytes proposed as 3 kB");
        assertEquals(3, sunSa.offer().orElseThrow().lifeKilobytes());
        PolicyConfig policy = moonSa.config().policies().get(0);
        int quickModes = 0;
        // Every Quick Mode adds its three protected messages to both ends' ISAKMP byte counters.
        while (moonSa.state() != IkeSa.State.DESTROYING && quickModes < 50) {
            h.moon.negotiate(moonSa, policy);
            h.scheduler.runPending();
            h.deliverAll();
            quickModes++;
            if (!h.moonEvents.logged("soft byte lifetime")) {
                assertEquals(1, h.moonEvents.established.size(), "no reauthentication before the soft limit");
            }
        }
        assertTrue(quickModes >= 3 && quickModes < 50, "deleted after " + quickModes + " Quick Modes");
        assertTrue(h.moonEvents.logged("ISAKMP-SA soft byte lifetime reached"));
        assertTrue(h.moonEvents.established.size() >= 2, "moon reauthenticated at the soft limit");
        assertEquals(IkeSa.State.DESTROYING, sunSa.state());
        assertTrue(h.moonEvents.logged("hard byte lifetime reached")
                || h.sunEvents.logged("hard byte lifetime reached"));
        // The replacement SA lives on.
        assertEquals(1, h.moon.sas().size());
        assertEquals(IkeSa.State.ESTABLISHED, h.moon.sas().get(0).state());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void phase2KilobytesAreObeyedRekeyedAtEightyPercentAndDeletedAtTheLimit(String backEnds) {
        Ikev1TestHarness h = established(backEnds, 0, ProposalCheck.OBEY);
        Ikev1Sa moonSa = h.moon.sas().get(0);
        Ikev1Sa sunSa = h.sun.sas().get(0);
        assertEquals(0, moonSa.offer().orElseThrow().lifeKilobytes(), "lifebytes=0: no kilobytes proposed");
        ChildSaRecord first = h.moonEvents.children.get(0);
        h.moon.negotiate(moonSa, first.policy() == null ? moonSa.config().policies().get(0) : first.policy(), 64);
        h.scheduler.runPending();
        assertEquals(3, h.deliverAll());
        ChildSaRecord limited = h.moonEvents.children.get(1);
        ChildSaRecord sunLimited = h.sunEvents.children.get(1);

        h.moon.childSaBytes(moonSa, limited.spiOut(), 52_000); // below 80 % of 65 536
        h.scheduler.runPending();
        assertTrue(h.wire.isEmpty(), "nothing to do below the soft limit");
        h.moon.childSaBytes(moonSa, limited.spiIn(), 52_500); // past 52 428: rekey
        h.scheduler.runPending();
        assertEquals(3, h.deliverAll(), "one Quick Mode rekey");
        assertEquals(3, h.moonEvents.children.size());
        h.moon.childSaBytes(moonSa, limited.spiOut(), 60_000); // the soft action runs once
        h.scheduler.runPending();
        assertTrue(h.wire.isEmpty());
        assertTrue(moonSa.children().contains(limited));

        h.moon.childSaBytes(moonSa, limited.spiOut(), 65_536); // hard: delete
        h.scheduler.runPending();
        assertEquals(1, h.deliverAll(), "one Delete");
        assertFalse(moonSa.children().contains(limited));
        assertTrue(h.moonEvents.childrenDeleted.contains(limited));
        assertTrue(h.sunEvents.childrenDeleted.contains(sunLimited));
        assertEquals(2, moonSa.children().size(), "the first pair and the rekeyed one remain");
        assertEquals(2, sunSa.children().size());
        // The pair negotiated without kilobytes has no byte limit.
        h.moon.childSaBytes(moonSa, first.spiOut(), Long.MAX_VALUE / 2);
        h.scheduler.runPending();
        assertTrue(h.wire.isEmpty());
        assertTrue(moonSa.children().contains(first));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void responderObeysTheKilobytesAndDeletesAtTheHardLimit(String backEnds) {
        Ikev1TestHarness h = established(backEnds, 0, ProposalCheck.STRICT);
        Ikev1Sa moonSa = h.moon.sas().get(0);
        Ikev1Sa sunSa = h.sun.sas().get(0);
        h.moon.negotiate(moonSa, moonSa.config().policies().get(0), 8);
        h.scheduler.runPending();
        assertEquals(3, h.deliverAll());
        ChildSaRecord sunLimited = h.sunEvents.children.get(1);
        ChildSaRecord moonLimited = h.moonEvents.children.get(1);
        h.sun.childSaBytes(sunSa, sunLimited.spiIn(), 7_000); // soft on the responder: the initiator rekeys
        h.scheduler.runPending();
        assertTrue(h.wire.isEmpty());
        h.sun.childSaBytes(sunSa, sunLimited.spiIn(), 8 * 1024);
        h.scheduler.runPending();
        assertEquals(1, h.deliverAll());
        assertTrue(h.sunEvents.childrenDeleted.contains(sunLimited));
        assertTrue(h.moonEvents.childrenDeleted.contains(moonLimited));
        assertEquals(1, moonSa.children().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void exactRejectsAProposedKilobyteLifetime(String backEnds) {
        Ikev1TestHarness h = established(backEnds, 0, ProposalCheck.EXACT);
        Ikev1Sa moonSa = h.moon.sas().get(0);
        h.moon.negotiate(moonSa, moonSa.config().policies().get(0), 8);
        h.scheduler.runPending();
        h.deliverAll();
        assertTrue(h.sunEvents.logged("kB (proposal-check=exact)"));
        assertEquals(1, h.sunEvents.childFailures.size());
        assertEquals(1, moonSa.children().size(), "only the first pair");
    }
}

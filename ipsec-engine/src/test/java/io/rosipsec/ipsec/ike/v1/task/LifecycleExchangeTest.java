package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Life after establishment: DPD (RFC 3706) keeping a live peer and declaring a silent one dead after {@code
 * dpd-interval × dpd-maximum-failures}, Quick Mode rekey at the soft lifetime and deletion at the hard one,
 * explicit deletes, and retransmission of a lost message.
 *
 * <pre>
 * INFORMATIONAL  HDR*, HASH(1), N(R-U-THERE, seq)     --&gt;   &lt;--  HDR*, HASH(1), N(R-U-THERE-ACK, seq)
 * INFORMATIONAL  HDR*, HASH(1), D(ESP, spi)            --&gt;
 * </pre>
 */
class LifecycleExchangeTest {
    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    static Ikev1TestHarness established(String backEnds, Duration dpdInterval, int dpdFailures) {
        ProfileConfig s = Ikev1TestHarness.seedProfile(ProposalCheck.OBEY);
        ProfileConfig p = new ProfileConfig("p1", "sha1", "auto", s.encAlgorithms(), s.dhGroups(), s.lifetime(),
                dpdInterval, dpdFailures, true, ProposalCheck.OBEY);
        Ikev1TestHarness h = Ikev1TestHarness.mainMode(backEnds, p, true);
        h.initiate();
        assertEquals(9, h.deliverAll());
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void dpdKeepsALivePeerAndDeclaresASilentOneDead(String backEnds) {
        Ikev1TestHarness h = established(backEnds, Duration.ofSeconds(10), 3);
        Ikev1Sa moonSa = h.moon.sas().get(0);
        for (int i = 0; i < 10; i++) {
            h.scheduler.advance(Duration.ofSeconds(10));
            h.deliverAll();
        }
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        long dpd = h.sent.stream().filter(d -> d.from().getAddress().equals(Ikev1TestHarness.MOON)).filter(d -> {
            try {
                return IkeV1Message.peekHeader(d.data()).exchangeType() == ExchangeType.INFORMATIONAL_V1;
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertTrue(dpd >= 4, "R-U-THERE / ACK traffic from moon: " + dpd);

        // Sun goes silent: everything sent to it is lost from now on.
        long silentSince = h.scheduler.clock.millis();
        while (moonSa.state() != IkeSa.State.DESTROYING) {
            h.scheduler.advance(Duration.ofSeconds(1));
            h.wire.clear();
            assertTrue(h.scheduler.clock.millis() - silentSince <= 60_000, "peer never declared dead");
        }
        long deadAfter = h.scheduler.clock.millis() - silentSince;
        // First R-U-THERE after one idle interval, then three unanswered ones: dead 3 × 10 s after the first.
        assertTrue(deadAfter >= 30_000 && deadAfter <= 50_000, "dead after " + deadAfter + " ms");
        assertTrue(h.moonEvents.deleted.contains("DPD: peer is dead"));
        assertEquals(1, h.moonEvents.childrenDeleted.size());
        assertTrue(h.moon.sas().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void quickModeRekeysAtTheSoftLifetimeAndDeletesAtTheHardOne(String backEnds) throws Exception {
        Ikev1TestHarness h = established(backEnds, Duration.ofMinutes(2), 5);
        ChildSaRecord first = h.moonEvents.children.get(0);
        long start = h.scheduler.clock.millis();
        while (h.moonEvents.children.size() < 2) {
            h.scheduler.advance(Duration.ofMinutes(1));
            h.deliverAll();
            assertTrue(h.scheduler.clock.millis() - start < Duration.ofHours(8).toMillis(), "no rekey");
        }
        long rekeyAt = h.moonEvents.children.get(1).createdAtMillis() - start;
        // Soft = 80 % of 8 h plus up to 2 % jitter: 6h24m .. 6h32m.
        assertTrue(rekeyAt >= Duration.ofMinutes(384).toMillis() && rekeyAt <= Duration.ofMinutes(393).toMillis(),
                "rekeyed after " + Duration.ofMillis(rekeyAt));
        assertEquals(2, h.sunEvents.children.size());
        MainModeExchangeTest.assertEspWorks(h, h.moonEvents.children.get(1), h.sunEvents.children.get(1));
        while (h.moonEvents.childrenDeleted.isEmpty() || h.sunEvents.childrenDeleted.isEmpty()) {
            h.scheduler.advance(Duration.ofMinutes(1));
            h.deliverAll();
            assertTrue(h.scheduler.clock.millis() - start < Duration.ofHours(9).toMillis(), "no hard expiry");
        }
        assertEquals(first.spiIn(), h.moonEvents.childrenDeleted.get(0).spiIn());
        assertEquals(List.of(h.moonEvents.children.get(1)), h.moon.sas().get(0).children());
        assertEquals(1, h.sun.sas().get(0).children().size());
    }

    @Test
    void deleteRemovesIpsecAndIsakmpSasOnBothSides() {
        Ikev1TestHarness h = established("JCA/BC", Duration.ofMinutes(2), 5);
        h.moon.delete(h.moon.sas().get(0));
        h.scheduler.runPending();
        h.deliverAll();
        assertTrue(h.moon.sas().isEmpty());
        assertTrue(h.sun.sas().isEmpty());
        assertEquals(1, h.sunEvents.childrenDeleted.size());
        assertEquals(1, h.sunEvents.deleted.size());
        assertEquals(1, h.moonEvents.deleted.size());
    }

    @Test
    void lostMessagesAreRetransmittedAndDuplicatesAnsweredFromTheCache() {
        Ikev1TestHarness h = Ikev1TestHarness.mainMode("BC/JCA", Ikev1TestHarness.seedProfile(ProposalCheck.OBEY), true);
        h.initiate();
        for (int i = 0; i < 5; i++) {
            h.deliverNext(); // up to and including (5)
        }
        h.drop(); // (6) lost: moon retransmits (5), sun answers from its cache
        h.scheduler.advance(Duration.ofSeconds(4));
        h.deliverAll();
        assertEquals(1, h.moonEvents.established.size());
        assertEquals(1, h.moonEvents.children.size());
        assertEquals(1, h.sunEvents.children.size());
        // Without any answer the initiator gives up: "phase1 negotiation failed due to time up".
        Ikev1TestHarness lonely = Ikev1TestHarness.mainMode("JCA/JCA", Ikev1TestHarness.seedProfile(ProposalCheck.OBEY), true);
        lonely.initiate();
        lonely.scheduler.advance(Duration.ofMinutes(5));
        assertEquals(6, lonely.wire.size());
        assertTrue(lonely.moonEvents.logged("phase1 negotiation failed due to time up."));
        assertTrue(lonely.moon.sas().isEmpty());
    }
}

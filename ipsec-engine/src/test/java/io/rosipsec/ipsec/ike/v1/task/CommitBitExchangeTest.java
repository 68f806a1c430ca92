package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.ike.v1.message.Ikev1NotifyType;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commit bit in Quick Mode (RFC 2408 §3.1 flag C, RFC 2409 §5.5): an initiator that sets it in message 1 (this
 * engine never does, as racoon/RouterOS; the test sets the header bit on the wire, which HASH(1) does not cover) gets
 * it echoed in message 2 and, once the responder installed the pair, a fourth message HASH(4), N(CONNECTED); the
 * initiator, seeing the responder's commit bit, installs only when that notify arrives, retransmitting message 3
 * until it does.
 */
class CommitBitExchangeTest {
    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    private static boolean commit(Ikev1TestHarness.Datagram d) {
        return (d.data()[19] & IkeHeader.FLAG_V1_COMMIT) != 0;
    }

    private static int exchange(Ikev1TestHarness.Datagram d) {
        return d.data()[18] & 0xFF;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void committedQuickModeEndsWithConnected(String backEnds) throws Exception {
        var profile = Ikev1TestHarness.seedProfile(ProposalCheck.OBEY);
        Ikev1TestHarness h = Ikev1TestHarness.mainMode(backEnds, profile, true);
        h.initiate();
        for (int i = 0; i < 6; i++) {
            h.deliverNext(); // Main Mode
        }
        Ikev1TestHarness.Datagram qm1 = h.wire.poll();
        assertEquals(ExchangeType.QUICK_MODE.wire(), exchange(qm1));
        assertTrue(!commit(qm1), "this engine does not set the commit bit as initiator");
        byte[] committed = qm1.data().clone();
        committed[19] |= IkeHeader.FLAG_V1_COMMIT;
        h.sun.receive(qm1.from(), qm1.to(), committed);
        h.scheduler.runPending();

        Ikev1TestHarness.Datagram qm2 = h.wire.peek();
        assertTrue(commit(qm2), "the responder echoes the commit bit");
        h.deliverNext();
        Ikev1TestHarness.Datagram qm3 = h.wire.peek();
        assertTrue(commit(qm3));
        assertTrue(h.moonEvents.children.isEmpty(), "the initiator waits for CONNECTED");
        h.deliverNext();
        assertEquals(1, h.sunEvents.children.size(), "the responder installed on message 3");

        Ikev1TestHarness.Datagram qm4 = h.drop(); // lost once
        assertEquals(ExchangeType.QUICK_MODE.wire(), exchange(qm4));
        assertTrue(commit(qm4));
        assertTrue(h.wire.isEmpty());
        h.scheduler.advance(Duration.ofSeconds(5));
        assertEquals(1, h.wire.size(), "message 3 retransmitted");
        h.deliverNext(); // the responder answers the duplicate with message 4 again
        assertTrue(h.moonEvents.children.isEmpty());
        Ikev1TestHarness.Datagram again = h.wire.peek();
        assertEquals(qm4.data().length, again.data().length);
        h.deliverNext();
        assertEquals(1, h.moonEvents.children.size(), "installed on CONNECTED");
        assertEquals(h.moonEvents.children.get(0).spiOut(), h.sunEvents.children.get(0).spiIn());
        assertTrue(h.wire.isEmpty());
        assertTrue(h.moonEvents.log.stream().noneMatch(l -> l.startsWith("ipsec,error")), h.moonEvents.log.toString());
        assertEquals(16384, Ikev1NotifyType.CONNECTED.wire());
    }
}

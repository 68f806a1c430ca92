package io.rosipsec.ipsec.ike.v2.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Retransmission, delete and DPD exchanges on an established SA, over the back-end matrix. */
class InformationalExchangeTest {
    static List<String> matrix() {
        return ExchangeTestHarness.matrix();
    }

    private static ExchangeTestHarness established(String backEnds) {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        h.initiate();
        h.deliverAll();
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void droppedRequestAndResponseAreRetransmitted(String backEnds) throws Exception {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        IkeSa sa = h.initiate();
        h.deliverNext();
        h.deliverNext();
        // IKE_AUTH request --> lost
        ExchangeTestHarness.Datagram lost = h.drop();
        h.scheduler.advance(Duration.ofMillis(3999));
        assertTrue(h.wire.isEmpty());
        h.scheduler.advance(Duration.ofMillis(1));
        // IKE_AUTH request --> again after 4 s, byte for byte
        assertArrayEquals(lost.data(), h.wire.peek().data());
        h.deliverNext();
        // <-- IKE_AUTH response lost; the next retransmission (7.2 s later) is answered from
        // sun's cache without processing it twice.
        ExchangeTestHarness.Datagram lostResponse = h.drop();
        h.scheduler.advance(Duration.ofMillis(7200));
        h.deliverNext();
        assertArrayEquals(lostResponse.data(), h.wire.peek().data());
        h.deliverNext();
        assertEquals(IkeSa.State.ESTABLISHED, sa.state());
        assertEquals(1, h.sunEvents.children.size());
        assertEquals(1, h.moonEvents.children.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void unansweredRequestGivesUpAfterFiveRetransmissions(String backEnds) {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        IkeSa sa = h.initiate();
        h.scheduler.advance(Duration.ofSeconds(200));
        assertEquals(6, h.wire.size());
        assertEquals(List.of(NotifyType.UNKNOWN), h.moonEvents.failures);
        assertEquals(IkeSa.State.DESTROYING, sa.state());
        assertTrue(h.moon.ikeSas().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void childDeleteThenIkeDelete(String backEnds) throws Exception {
        ExchangeTestHarness h = established(backEnds);
        IkeSa moonSa = h.moon.ikeSas().get(0);
        ChildSaRecord child = moonSa.children().get(0);
        // INFORMATIONAL { D(ESP, moon's inbound SPI) } -->
        h.moon.deleteChildSa(moonSa, child);
        h.scheduler.runPending();
        assertEquals(ExchangeType.INFORMATIONAL, h.wire.peek().decode().header().exchangeType());
        assertEquals(2, h.wire.peek().decode().header().messageId());
        h.deliverNext();
        assertEquals(1, h.sunEvents.childrenDeleted.size());
        assertEquals(child.spiIn(), h.sunEvents.childrenDeleted.get(0).spiOut());
        // <-- { D(ESP, sun's inbound SPI) }
        h.deliverNext();
        assertEquals(1, h.moonEvents.childrenDeleted.size());
        assertTrue(moonSa.children().isEmpty());
        // INFORMATIONAL { D(IKE) } -->  <-- { }
        h.moon.deleteIkeSa(moonSa);
        h.scheduler.runPending();
        h.deliverNext();
        assertTrue(h.sun.ikeSas().isEmpty());
        h.deliverNext();
        assertEquals(List.of(moonSa), h.moonEvents.deleted);
        assertEquals(1, h.sunEvents.deleted.size());
        assertTrue(h.moon.ikeSas().isEmpty());
        assertTrue(h.moonEvents.failures.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void dpdIsAnEmptyInformational(String backEnds) throws Exception {
        ExchangeTestHarness h = established(backEnds);
        IkeSa moonSa = h.moon.ikeSas().get(0);
        // dpd-interval=2m: after two idle minutes each side checks the other,
        // HDR, SK { } -->  <-- HDR, SK { }   (twice: moon's and sun's, both message ID 2)
        h.scheduler.advance(Duration.ofMinutes(2));
        assertEquals(2, h.wire.size());
        assertEquals(ExchangeType.INFORMATIONAL, h.wire.peek().decode().header().exchangeType());
        assertEquals(4, h.deliverAll());
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertTrue(h.moonEvents.failures.isEmpty());
    }
}

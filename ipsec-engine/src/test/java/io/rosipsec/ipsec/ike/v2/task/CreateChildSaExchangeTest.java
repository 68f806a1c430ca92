package io.rosipsec.ipsec.ike.v2.task;

import static io.rosipsec.ipsec.ike.v2.task.RekeyTestSupport.inner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CREATE_CHILD_SA for an additional Child SA and for a Child SA rekey, with and without PFS, over
 * the back-end matrix (RFC 7296 §1.3.1, §1.3.3, §2.8, §2.17).
 */
class CreateChildSaExchangeTest {
    static List<String> matrix() {
        return ExchangeTestHarness.matrix();
    }

    static List<PayloadType> types(List<IkePayload> chain) {
        return IkeAuthExchangeTest.types(chain);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void additionalChildSaForASecondPolicyWithPfs(String backEnds) throws Exception {
        ExchangeTestHarness h = RekeyTestSupport.established(
                RekeyTestSupport.twoPolicies(backEnds, "ecp256"));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        PolicyConfig second = moonSa.config().policies().get(1);
        h.moon.createChildSa(moonSa, second);
        h.scheduler.runPending();
        // CREATE_CHILD_SA { SA, Ni, KEi(ecp256), TSi, TSr } -->
        ExchangeTestHarness.Datagram req = h.deliverNext();
        assertEquals(ExchangeType.CREATE_CHILD_SA, req.decode().header().exchangeType());
        assertEquals(2, req.decode().header().messageId());
        assertEquals(List.of(PayloadType.SA, PayloadType.NONCE, PayloadType.KE,
                PayloadType.TS_INITIATOR, PayloadType.TS_RESPONDER), types(inner(sunSa, req)));
        // <-- { SA, Nr, KEr, TSi, TSr }
        ExchangeTestHarness.Datagram resp = h.deliverNext();
        assertEquals(List.of(PayloadType.SA, PayloadType.NONCE, PayloadType.KE,
                PayloadType.TS_INITIATOR, PayloadType.TS_RESPONDER), types(inner(moonSa, resp)));
        assertTrue(h.wire.isEmpty());
        assertEquals(2, moonSa.children().size());
        assertEquals(2, sunSa.children().size());
        ChildSaRecord mc = moonSa.children().get(1);
        ChildSaRecord sc = sunSa.children().get(1);
        assertEquals(mc.spiIn(), sc.spiOut());
        assertEquals(DhGroup.ECP256, mc.algorithms().pfs());
        assertEquals(second, mc.policy());
        assertEquals(mc.localTs(), sc.remoteTs());
        assertEquals(4, mc.localTs().get(0).startAddress().getAddress().length);
        assertEquals(10, mc.localTs().get(0).startAddress().getAddress()[0]);
        assertEquals(3, mc.localTs().get(0).startAddress().getAddress()[1]);
        IkeAuthExchangeTest.assertEspWorks(h, mc, sc);
        // The IKE_AUTH child never has PFS (RFC 7296 §1.2).
        assertNull(moonSa.children().get(0).algorithms().pfs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void childRekeyWithPfsReplacesAndDeletesTheOldPair(String backEnds) throws Exception {
        ExchangeTestHarness h = RekeyTestSupport.established(
                RekeyTestSupport.harness(backEnds, "ecp256", "ecp256"));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        ChildSaRecord oldM = moonSa.children().get(0);
        ChildSaRecord oldS = sunSa.children().get(0);
        h.moon.rekeyChildSa(moonSa, oldM);
        h.scheduler.runPending();
        assertEquals(ChildSaRecord.State.REKEYING, oldM.state());
        // CREATE_CHILD_SA { N(REKEY_SA, ESP, old inbound SPI), SA, Ni, KEi, TSi, TSr } -->
        ExchangeTestHarness.Datagram req = h.deliverNext();
        List<IkePayload> in = inner(sunSa, req);
        assertEquals(List.of(PayloadType.NOTIFY, PayloadType.SA, PayloadType.NONCE, PayloadType.KE,
                PayloadType.TS_INITIATOR, PayloadType.TS_RESPONDER), types(in));
        NotifyPayload rekey = (NotifyPayload) in.get(0);
        assertEquals(NotifyType.REKEY_SA, rekey.notifyType());
        assertEquals(ProtocolId.ESP, rekey.protocol());
        assertArrayEquals(ProposalSelector.spiBytes(oldM.spiIn()), rekey.spi());
        assertEquals(ChildSaRecord.State.REKEYED, oldS.state());
        assertEquals(2, sunSa.children().size());
        // <-- { SA, Nr, KEr, TSi, TSr }
        h.deliverNext();
        // the delete of the old pair starts at once (REKEYED, then DELETING while in flight)
        assertEquals(ChildSaRecord.State.DELETING, oldM.state());
        // INFORMATIONAL { D(ESP, old inbound SPI) } -->   <-- { D(ESP, peer's old SPI) }
        ExchangeTestHarness.Datagram del = h.deliverNext();
        assertEquals(ExchangeType.INFORMATIONAL, del.decode().header().exchangeType());
        h.deliverNext();
        assertTrue(h.wire.isEmpty());
        assertEquals(List.of(oldM), h.moonEvents.childrenDeleted);
        assertEquals(List.of(oldS), h.sunEvents.childrenDeleted);
        ChildSaRecord mc = moonSa.children().get(0);
        ChildSaRecord sc = sunSa.children().get(0);
        assertEquals(1, moonSa.children().size());
        assertNotEquals(oldM.spiIn(), mc.spiIn());
        assertNotEquals(oldM.spiOut(), mc.spiOut());
        assertEquals(mc.spiIn(), sc.spiOut());
        assertEquals(DhGroup.ECP256, mc.algorithms().pfs());
        assertEquals(oldM.localTs(), mc.localTs());
        assertEquals(2, h.moonEvents.children.size()); // childSaRekeyed reports the new pair
        IkeAuthExchangeTest.assertEspWorks(h, mc, sc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void childRekeyWithoutPfsHasNoKe(String backEnds) throws Exception {
        ExchangeTestHarness h = RekeyTestSupport.established(
                RekeyTestSupport.harness(backEnds, "none", "none"));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        // sun rekeys this time: CREATE_CHILD_SA { N(REKEY_SA), SA, Ni, TSi, TSr } -->  (from sun)
        h.sun.rekeyChildSa(sunSa, sunSa.children().get(0));
        h.scheduler.runPending();
        ExchangeTestHarness.Datagram req = h.deliverNext();
        assertEquals(List.of(PayloadType.NOTIFY, PayloadType.SA, PayloadType.NONCE,
                PayloadType.TS_INITIATOR, PayloadType.TS_RESPONDER), types(inner(moonSa, req)));
        assertEquals(0, req.decode().header().messageId()); // sun's first request
        assertEquals(3, h.deliverAll());
        ChildSaRecord mc = moonSa.children().get(0);
        ChildSaRecord sc = sunSa.children().get(0);
        assertEquals(1, sunSa.children().size());
        assertNull(sc.algorithms().pfs());
        IkeAuthExchangeTest.assertEspWorks(h, mc, sc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void simultaneousRekeyKeepsThePairWithoutTheLowestNonce(String backEnds) throws Exception {
        ExchangeTestHarness h = RekeyTestSupport.established(
                RekeyTestSupport.harness(backEnds, "ecp256", "ecp256"));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        ChildSaRecord oldM = moonSa.children().get(0);
        h.moon.rekeyChildSa(moonSa, oldM);
        h.sun.rekeyChildSa(sunSa, sunSa.children().get(0));
        h.scheduler.runPending();
        // A: moon CREATE_CHILD_SA { N(REKEY_SA), SA, Ni_A, KEi, TSi, TSr } -->
        // B:                     <-- sun CREATE_CHILD_SA { N(REKEY_SA), SA, Ni_B, KEi, TSi, TSr }
        ExchangeTestHarness.Datagram reqA = h.deliverNext();
        ExchangeTestHarness.Datagram reqB = h.deliverNext();
        // A: <-- { SA, Nr_A, KEr, TSi, TSr }      B: { SA, Nr_B, KEr, TSi, TSr } -->
        ExchangeTestHarness.Datagram respA = h.deliverNext();
        ExchangeTestHarness.Datagram respB = h.deliverNext();
        List<IkePayload> a1 = inner(sunSa, reqA);
        List<IkePayload> b1 = inner(moonSa, reqB);
        List<IkePayload> a2 = inner(moonSa, respA);
        List<IkePayload> b2 = inner(sunSa, respB);
        byte[] minA = min(RekeyTestSupport.nonce(a1), RekeyTestSupport.nonce(a2));
        byte[] minB = min(RekeyTestSupport.nonce(b1), RekeyTestSupport.nonce(b2));
        boolean aRedundant = java.util.Arrays.compareUnsigned(minA, minB) < 0;
        // Two deletes: the loser deletes its redundant pair, the winner the old one (§2.8.1).
        assertEquals(2, h.wire.size());
        h.deliverAll();
        assertEquals(1, moonSa.children().size());
        assertEquals(1, sunSa.children().size());
        ChildSaRecord mc = moonSa.children().get(0);
        ChildSaRecord sc = sunSa.children().get(0);
        byte[] sunSpi = RekeyTestSupport.proposalSpi(aRedundant ? b1 : a2);
        assertEquals(ProposalSelector.spiValue(sunSpi), sc.spiIn());
        assertEquals(mc.spiIn(), sc.spiOut());
        assertEquals(ChildSaRecord.State.INSTALLED, mc.state());
        assertTrue(h.moonEvents.childrenDeleted.contains(oldM));
        assertEquals(2, h.moonEvents.childrenDeleted.size());
        assertEquals(2, h.sunEvents.childrenDeleted.size());
        IkeAuthExchangeTest.assertEspWorks(h, mc, sc);
    }

    private static byte[] min(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b) <= 0 ? a : b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void deleteDuringRekeyIsAnsweredWithTemporaryFailure(String backEnds) throws Exception {
        ExchangeTestHarness h = RekeyTestSupport.established(
                RekeyTestSupport.harness(backEnds, "ecp256", "ecp256"));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        h.moon.rekeyChildSa(moonSa, moonSa.children().get(0));
        h.sun.deleteChildSa(sunSa, sunSa.children().get(0));
        h.scheduler.runPending();
        // moon CREATE_CHILD_SA { N(REKEY_SA), SA, Ni, KEi, TSi, TSr } -->  (sun is deleting it)
        h.deliverNext();
        // <-- sun INFORMATIONAL { D(ESP) }: moon deletes the pair it is rekeying
        h.deliverNext();
        assertTrue(moonSa.children().isEmpty());
        // <-- { N(TEMPORARY_FAILURE) }
        ExchangeTestHarness.Datagram refusal = h.deliverNext();
        NotifyPayload n = (NotifyPayload) inner(moonSa, refusal).get(0);
        assertEquals(NotifyType.TEMPORARY_FAILURE, n.notifyType());
        // { D(ESP) } -->
        h.deliverNext();
        assertTrue(h.wire.isEmpty());
        assertTrue(sunSa.children().isEmpty());
        assertTrue(moonSa.children().isEmpty());
        assertTrue(h.moonEvents.childFailures.isEmpty());
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertEquals(IkeSa.State.ESTABLISHED, sunSa.state());
        // Nothing is retried for a pair that is gone.
        h.scheduler.advance(java.time.Duration.ofSeconds(30));
        assertTrue(h.wire.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void rekeyOfAnUnknownPairIsChildSaNotFound(String backEnds) throws Exception {
        ExchangeTestHarness h = RekeyTestSupport.established(
                RekeyTestSupport.harness(backEnds, "none", "none"));
        IkeSa moonSa = h.moon.ikeSas().get(0);
        IkeSa sunSa = h.sun.ikeSas().get(0);
        ChildSaRecord oldM = moonSa.children().get(0);
        // sun loses the pair without telling moon
        sunSa.removeChild(sunSa.children().get(0).spiIn(), true);
        h.moon.rekeyChildSa(moonSa, oldM);
        h.scheduler.runPending();
        h.deliverNext();
        // <-- { N(CHILD_SA_NOT_FOUND) }
        ExchangeTestHarness.Datagram refusal = h.deliverNext();
        assertEquals(NotifyType.CHILD_SA_NOT_FOUND,
                ((NotifyPayload) inner(moonSa, refusal).get(0)).notifyType());
        assertEquals(ChildSaRecord.State.INSTALLED, oldM.state());
        assertFalse(moonSa.children().isEmpty());
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
    }
}

package io.rosipsec.ipsec.ike.v2.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.AhSa;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ipsec-protocols=ah} over IKEv2 (RFC 7296 §3.3.1: an AH proposal has INTEG and ESN transforms, no ENCR): the
 * IKE_AUTH child, a CREATE_CHILD_SA rekey (REKEY_SA names protocol AH) and a Delete (D(AH)) on both ends, over the
 * four back-end combinations. Both ends derive the same integrity keys: an AH packet crosses each direction.
 */
class AhChildSaExchangeTest {
    static List<String> matrix() {
        return ExchangeTestHarness.matrix();
    }

    private static IkeSessionConfig ah(IkeSessionConfig c) {
        return new IkeSessionConfig(c.peer(), c.profile(), c.identity(),
                c.policies().stream().map(p -> p.withIpsecProtocols(PolicyConfig.IpsecProtocols.AH)).toList(),
                c.proposals());
    }

    private static ExchangeTestHarness harness(String backEnds, boolean moonAh, boolean sunAh) {
        ProfileConfig p = ProfileConfig.of("p", "sha256", List.of("aes-256"), List.of("modp2048"));
        ProposalConfig q = ProposalConfig.of("prop", List.of("sha512", "sha256"), List.of("aes-256-cbc"));
        IkeSessionConfig moon = ExchangeTestHarness.moonConfig(p, q, ExchangeTestHarness.PSK);
        IkeSessionConfig sun = ExchangeTestHarness.sunConfig(p, q, ExchangeTestHarness.PSK);
        return new ExchangeTestHarness(backEnds, moonAh ? ah(moon) : moon, sunAh ? ah(sun) : sun);
    }

    private static void assertAhWorks(ExchangeTestHarness h, ChildSaRecord moon, ChildSaRecord sun) throws Exception {
        byte[] inner = io.rosipsec.ipsec.esp.IcmpEcho.request(1, 1, new byte[8]).toIpv4(new byte[] {10, 1, 0, 1},
                new byte[] {10, 2, 0, 1}, 64, 1);
        try (AhSa out = AhSa.outbound(h.moonSuite, moon.ahOutbound());
                AhSa in = AhSa.inbound(h.sunSuite, sun.ahInbound());
                AhSa back = AhSa.outbound(h.sunSuite, sun.ahOutbound());
                AhSa backIn = AhSa.inbound(h.moonSuite, moon.ahInbound())) {
            byte[] a = {(byte) 192, 0, 2, 1};
            byte[] b = {(byte) 192, 0, 2, 2};
            assertArrayEquals(inner, in.decapsulate(out.encapsulateTunnel(inner, a, b)).payload());
            assertArrayEquals(inner, backIn.decapsulate(back.encapsulateTunnel(inner, b, a)).payload());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void ahChildIsNegotiatedRekeyedAndDeleted(String backEnds) throws Exception {
        ExchangeTestHarness h = harness(backEnds, true, true);
        IkeSa moonSa = h.initiate();
        assertEquals(4, h.deliverAll());
        ChildSaRecord moon = h.moonEvents.children.get(0);
        ChildSaRecord sun = h.sunEvents.children.get(0);
        assertEquals(ProtocolId.AH, moon.protocol());
        assertEquals(ProtocolId.AH, sun.protocol());
        assertEquals(EncrAlg.NULL, moon.algorithms().enc().alg());
        assertEquals(IntegAlg.HMAC_SHA2_512_256, moon.algorithms().integ(), "the first configured algorithm");
        assertEquals(0, moon.encIn().length);
        assertEquals(moon.spiIn(), sun.spiOut());
        assertEquals(EspMode.TUNNEL, moon.mode());
        assertAhWorks(h, moon, sun);

        h.moon.rekeyChildSa(moonSa, moon);
        h.scheduler.runPending();
        assertTrue(h.deliverAll() >= 4, "CREATE_CHILD_SA and the Delete of the old pair");
        ChildSaRecord moonNew = moonSa.children().get(0);
        assertEquals(1, moonSa.children().size());
        assertEquals(ProtocolId.AH, moonNew.protocol());
        IkeSa sunSa = h.sun.ikeSas().get(0);
        ChildSaRecord sunNew = sunSa.children().get(0);
        assertEquals(moonNew.spiOut(), sunNew.spiIn());
        assertAhWorks(h, moonNew, sunNew);

        h.moon.deleteChildSa(moonSa, moonNew);
        h.scheduler.runPending();
        assertEquals(2, h.deliverAll());
        assertTrue(moonSa.children().isEmpty());
        assertTrue(sunSa.children().isEmpty(), "D(AH) removed the responder's pair");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void espAgainstAhIsNoProposalChosen(String backEnds) {
        ExchangeTestHarness h = harness(backEnds, false, true);
        h.initiate();
        h.deliverAll();
        assertTrue(h.moonEvents.children.isEmpty());
        assertEquals(List.of(NotifyType.NO_PROPOSAL_CHOSEN), h.moonEvents.childFailures);
    }
}

package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig.ExchangeMode;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.AhSa;
import io.rosipsec.ipsec.esp.IcmpEcho;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v1.message.EncapsulationMode;
import io.rosipsec.ipsec.ike.v1.message.Ikev1ProtocolId;
import io.rosipsec.ipsec.ike.v1.message.Phase2Offer;
import io.rosipsec.ipsec.ike.v1.message.TransformPayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ipsec-protocols=ah} over IKEv1: Quick Mode proposes PROTO_IPSEC_AH (RFC 2407 §4.4.1) with AH transforms
 * (AH_SHA2_256, AH_SHA: RFC 2407 §4.4.3) carrying the Authentication Algorithm attribute (§4.5); KEYMAT is derived
 * with protocol 2 (RFC 2409 §5.5) and both ends agree; the pair is deleted with an AH Delete payload; an ESP policy
 * against an AH one fails with NO-PROPOSAL-CHOSEN.
 */
class AhQuickModeExchangeTest {
    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    private static IkeSessionConfig ah(IkeSessionConfig c) {
        return new IkeSessionConfig(c.peer(), c.profile(), c.identity(),
                c.policies().stream().map(p -> p.withIpsecProtocols(PolicyConfig.IpsecProtocols.AH)).toList(),
                c.proposals());
    }

    private static Ikev1TestHarness harness(String backEnds, boolean moonAh, boolean sunAh) {
        var profile = Ikev1TestHarness.seedProfile(ProposalCheck.OBEY);
        ProposalConfig q = new ProposalConfig("p2", List.of("sha256", "sha1"), List.of("aes-128-cbc"),
                Duration.ofHours(8), "modp1024");
        IkeSessionConfig moon = Ikev1TestHarness.moonConfig(ExchangeMode.MAIN, profile, q, Ikev1TestHarness.PSK, true);
        IkeSessionConfig sun = Ikev1TestHarness.sunConfig(ExchangeMode.MAIN, profile, q, Ikev1TestHarness.PSK, true);
        return new Ikev1TestHarness(backEnds, moonAh ? ah(moon) : moon, sunAh ? ah(sun) : sun);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void ahPairIsNegotiatedKeyedAndDeleted(String backEnds) throws Exception {
        Ikev1TestHarness h = harness(backEnds, true, true);
        h.initiate();
        assertEquals(9, h.deliverAll());
        ChildSaRecord moon = h.moonEvents.children.get(0);
        ChildSaRecord sun = h.sunEvents.children.get(0);
        assertEquals(ProtocolId.AH, moon.protocol());
        assertEquals(ProtocolId.AH, sun.protocol());
        assertEquals(EncrAlg.NULL, moon.algorithms().enc().alg());
        assertEquals(IntegAlg.HMAC_SHA2_256_128, moon.algorithms().integ());
        assertEquals(moon.spiOut(), sun.spiIn());
        assertTrue(h.moonEvents.logged("IPsec-SA established: AH/Tunnel"));
        byte[] inner = IcmpEcho.request(1, 1, new byte[4]).toIpv4(new byte[] {10, 1, 0, 1}, new byte[] {10, 2, 0, 1},
                64, 1);
        byte[] a = {(byte) 192, 0, 2, 1};
        byte[] b = {(byte) 192, 0, 2, 2};
        try (AhSa out = AhSa.outbound(h.moonSuite, moon.ahOutbound());
                AhSa in = AhSa.inbound(h.sunSuite, sun.ahInbound());
                AhSa back = AhSa.outbound(h.sunSuite, sun.ahOutbound());
                AhSa backIn = AhSa.inbound(h.moonSuite, moon.ahInbound())) {
            assertArrayEquals(inner, in.decapsulate(out.encapsulateTunnel(inner, a, b)).payload());
            assertArrayEquals(inner, backIn.decapsulate(back.encapsulateTunnel(inner, b, a)).payload());
        }

        Ikev1Sa moonSa = h.moon.sas().get(0);
        h.moon.deleteChildSa(moonSa, moon);
        h.scheduler.runPending();
        assertEquals(1, h.deliverAll());
        assertTrue(h.sunEvents.childrenDeleted.contains(sun), "the AH Delete payload removed sun's pair");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void espAgainstAhIsRefused(String backEnds) {
        Ikev1TestHarness h = harness(backEnds, false, true);
        h.initiate();
        h.deliverAll();
        assertTrue(h.moonEvents.children.isEmpty());
        assertEquals(1, h.sunEvents.childFailures.size());
        assertTrue(h.sunEvents.logged("wants ah, peer proposed protocol 3"), h.sunEvents.log.toString());
    }

    @Test
    void ahTransformsRoundTripAndRejectAMismatchedAttribute() throws Exception {
        Phase2Offer sha1 = new Phase2Offer(new EncrSpec(EncrAlg.NULL, 0),
                IntegAlg.HMAC_SHA1_96, EncapsulationMode.TUNNEL, null, 3600, 0);
        TransformPayload t = sha1.toAhTransform(1);
        assertEquals(3, t.transformId(), "AH_SHA");
        assertEquals(sha1, Phase2Offer.fromAhTransform(t).orElseThrow());
        assertEquals(sha1, Phase2Selection.read(Ikev1ProtocolId.AH.wire(), t).orElseThrow());
        // AH_MD5 with an HMAC-SHA attribute names two hashes: skipped.
        TransformPayload mixed = new TransformPayload(1, 2, t.attributes());
        assertTrue(Phase2Offer.fromAhTransform(mixed).isEmpty());
    }
}

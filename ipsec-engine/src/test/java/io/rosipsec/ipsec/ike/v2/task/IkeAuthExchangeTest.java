package io.rosipsec.ipsec.ike.v2.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.esp.Decapsulated;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.v2.message.IkePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IKE_SA_INIT + IKE_AUTH with a pre-shared key establishing one Child SA, over the four back-end
 * combinations. Exchanges (RFC 7296 §1.2):
 *
 * <pre>
 * IKE_SA_INIT  HDR, SAi1, KEi, Ni, N(NATD_S), N(NATD_D)  --&gt;               (UDP 500)
 *                                &lt;--  HDR, SAr1, KEr, Nr, N(NATD_S), N(NATD_D)
 * IKE_AUTH     HDR, SK { IDi, N(INITIAL_CONTACT), IDr, AUTH, SAi2, TSi, TSr }  --&gt;  (UDP 4500)
 *                                &lt;--  HDR, SK { IDr, AUTH, SAr2, TSi, TSr }
 * </pre>
 */
class IkeAuthExchangeTest {
    static List<String> matrix() {
        return ExchangeTestHarness.matrix();
    }

    static ProfileConfig profile(List<String> enc, List<String> dh) {
        return ProfileConfig.of("p", "sha256", enc, dh);
    }

    static ProposalConfig proposal(List<String> auth, List<String> enc) {
        return ProposalConfig.of("prop", auth, enc);
    }

    static ExchangeTestHarness harness(String backEnds, ProfileConfig moonProfile,
            ProfileConfig sunProfile, ProposalConfig moonProp, ProposalConfig sunProp,
            String moonPsk, String sunPsk) {
        IkeSessionConfig moon = ExchangeTestHarness.moonConfig(moonProfile, moonProp, moonPsk);
        IkeSessionConfig sun = ExchangeTestHarness.sunConfig(sunProfile, sunProp, sunPsk);
        return new ExchangeTestHarness(backEnds, moon, sun);
    }

    static ExchangeTestHarness standard(String backEnds) {
        ProfileConfig p = profile(List.of("aes-256", "aes-128"), List.of("ecp256", "modp2048"));
        ProposalConfig q = proposal(List.of("sha256", "sha1"), List.of("aes-256-cbc", "aes-128-gcm"));
        return harness(backEnds, p, p, q, q, ExchangeTestHarness.PSK, ExchangeTestHarness.PSK);
    }

    static List<PayloadType> types(List<IkePayload> chain) {
        return chain.stream().map(IkePayload::payloadType).toList();
    }

    /** Proves both sides derived the same ESP keys: packets cross in both directions. */
    static void assertEspWorks(ExchangeTestHarness h, ChildSaRecord moonChild,
            ChildSaRecord sunChild) throws Exception {
        byte[] payload = "ping through the tunnel".getBytes();
        try (EspSa out = EspSa.outbound(h.moonSuite, moonChild.outbound());
                EspSa in = EspSa.inbound(h.sunSuite, sunChild.inbound());
                EspSa back = EspSa.outbound(h.sunSuite, sunChild.outbound());
                EspSa backIn = EspSa.inbound(h.moonSuite, moonChild.inbound())) {
            int next = moonChild.mode() == EspMode.TUNNEL ? EspMode.NEXT_IPV4 : 17;
            Decapsulated d = in.decapsulate(out.encapsulate(payload, next));
            assertArrayEquals(payload, d.payload());
            Decapsulated r = backIn.decapsulate(back.encapsulate(payload, next));
            assertArrayEquals(payload, r.payload());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void pskEstablishesIkeSaAndOneChildSa(String backEnds) throws Exception {
        ExchangeTestHarness h = standard(backEnds);
        IkeSa moonSa = h.initiate();

        // IKE_SA_INIT request --> on UDP 500, SPIr zero, NAT detection payloads.
        ExchangeTestHarness.Datagram init = h.deliverNext();
        IkeMessage req = init.decode();
        assertEquals(ExchangeType.IKE_SA_INIT, req.header().exchangeType());
        assertEquals(500, init.to().getPort());
        assertEquals(0, req.header().spiResponder());
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.NOTIFY,
                PayloadType.NOTIFY), types(req.payloads()));
        assertEquals(1, h.sun.ikeSas().size());
        IkeSa sunSa = h.sun.ikeSas().get(0);
        assertEquals(IkeSa.State.CREATED, sunSa.state());

        // <-- IKE_SA_INIT response: the faked NATD_S makes each side see a NAT.
        IkeMessage resp = h.deliverNext().decode();
        assertTrue(resp.header().isResponse());
        assertEquals(sunSa.spiR(), resp.header().spiResponder());
        assertTrue(moonSa.natDetected());
        assertTrue(sunSa.natDetected());
        assertEquals(DhGroup.ECP256, moonSa.algorithms().orElseThrow().dh());
        assertEquals(EncrAlg.AES_CBC, moonSa.algorithms().orElseThrow().enc().alg());
        assertEquals(256, moonSa.algorithms().orElseThrow().enc().keyBits());
        assertArrayEquals(moonSa.record().orElseThrow().skD(), sunSa.record().orElseThrow().skD());

        // IKE_AUTH request --> floats to 4500, one SK payload, message ID 1.
        ExchangeTestHarness.Datagram auth = h.deliverNext();
        assertEquals(4500, auth.to().getPort());
        assertEquals(4500, auth.from().getPort());
        IkeMessage authReq = auth.decode();
        assertEquals(ExchangeType.IKE_AUTH, authReq.header().exchangeType());
        assertEquals(1, authReq.header().messageId());
        assertEquals(List.of(PayloadType.SK), types(authReq.payloads()));
        assertEquals(IkeSa.State.ESTABLISHED, sunSa.state());
        assertEquals(1, h.sunEvents.established.size());

        // <-- IKE_AUTH response
        h.deliverNext();
        assertTrue(h.wire.isEmpty());
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertEquals("fqdn:sun.test", moonSa.remoteIdentity().orElseThrow());
        assertEquals("fqdn:moon.test", sunSa.remoteIdentity().orElseThrow());
        assertEquals(List.of(moonSa), h.moonEvents.established);

        ChildSaRecord mc = h.moonEvents.children.get(0);
        ChildSaRecord sc = h.sunEvents.children.get(0);
        assertEquals(mc.spiIn(), sc.spiOut());
        assertEquals(mc.spiOut(), sc.spiIn());
        assertEquals(EncrAlg.AES_CBC, mc.algorithms().enc().alg());
        assertEquals(EspMode.TUNNEL, mc.mode());
        assertTrue(mc.udpEncapsulated());
        assertEquals(mc.localTs(), sc.remoteTs());
        assertEquals(List.of(mc), moonSa.children());
        assertEspWorks(h, mc, sc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void transportModeAndAeadChild(String backEnds) throws Exception {
        ProfileConfig p = profile(List.of("aes-128"), List.of("ecp256"));
        ProposalConfig q = proposal(List.of("sha1"), List.of("aes-256-gcm"));
        IkeSessionConfig moon = ExchangeTestHarness.config("sun", ExchangeTestHarness.SUN, p, q,
                "0x0102030405", "auto", "auto", io.rosipsec.ipsec.PolicyConfig.transport("sun",
                        "192.0.2.1", "192.0.2.2", "prop"));
        IkeSessionConfig sunBase = ExchangeTestHarness.config("moon", ExchangeTestHarness.MOON, p,
                q, "0x0102030405", "auto", "address:192.0.2.1",
                io.rosipsec.ipsec.PolicyConfig.transport("moon", "192.0.2.2", "192.0.2.1", "prop"));
        ExchangeTestHarness h = new ExchangeTestHarness(backEnds, moon, sunBase);
        IkeSa sa = h.initiate();
        assertEquals(4, h.deliverAll());
        assertEquals(IkeSa.State.ESTABLISHED, sa.state());
        ChildSaRecord mc = h.moonEvents.children.get(0);
        ChildSaRecord sc = h.sunEvents.children.get(0);
        assertEquals(EspMode.TRANSPORT, mc.mode());
        assertEquals(EspMode.TRANSPORT, sc.mode());
        assertEquals(EncrAlg.AES_GCM_16, sc.algorithms().enc().alg());
        assertEquals("address:192.0.2.2", sa.remoteIdentity().orElseThrow());
        assertEspWorks(h, mc, sc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void invalidKePayloadMakesInitiatorRetryWithTheWantedGroup(String backEnds) throws Exception {
        ProposalConfig q = proposal(List.of("sha256"), List.of("aes-128-cbc"));
        ExchangeTestHarness h = harness(backEnds,
                profile(List.of("aes-128"), List.of("modp2048", "ecp256")),
                profile(List.of("aes-128"), List.of("ecp256")), q, q,
                ExchangeTestHarness.PSK, ExchangeTestHarness.PSK);
        IkeSa sa = h.initiate();
        // IKE_SA_INIT { SA, KE(modp2048), Ni, N, N } -->
        assertEquals(DhGroup.MODP2048.id(), kePayloadGroup(h.deliverNext().decode()));
        // <-- { N(INVALID_KE_PAYLOAD, ecp256) }, SPIr zero; sun keeps no state.
        IkeMessage refusal = h.deliverNext().decode();
        NotifyPayload n = refusal.first(NotifyPayload.class).orElseThrow();
        assertEquals(NotifyType.INVALID_KE_PAYLOAD, n.notifyType());
        assertArrayEquals(new byte[] {0, 19}, n.data());
        assertEquals(0, refusal.header().spiResponder());
        assertTrue(h.sun.ikeSas().isEmpty());
        // IKE_SA_INIT { SA, KE(ecp256), Ni, N, N } --> again with message ID 0
        IkeMessage retry = h.deliverNext().decode();
        assertEquals(DhGroup.ECP256.id(), kePayloadGroup(retry));
        assertEquals(0, retry.header().messageId());
        h.deliverAll();
        assertEquals(IkeSa.State.ESTABLISHED, sa.state());
        assertEquals(DhGroup.ECP256, sa.algorithms().orElseThrow().dh());
        assertEquals(1, h.moonEvents.children.size());
    }

    private static int kePayloadGroup(IkeMessage m) {
        return m.first(io.rosipsec.ipsec.ike.v2.message.KePayload.class).orElseThrow().dhGroup();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void wrongPskIsAnsweredWithAuthenticationFailed(String backEnds) throws Exception {
        ProfileConfig p = profile(List.of("aes-128"), List.of("ecp256"));
        ProposalConfig q = proposal(List.of("sha256"), List.of("aes-128-cbc"));
        ExchangeTestHarness h = harness(backEnds, p, p, q, q, "not-the-psk",
                ExchangeTestHarness.PSK);
        IkeSa sa = h.initiate();
        h.deliverNext();
        h.deliverNext();
        // IKE_AUTH { IDi, N(INITIAL_CONTACT), IDr, AUTH(wrong), SA, TSi, TSr } -->
        h.deliverNext();
        assertEquals(List.of(NotifyType.AUTHENTICATION_FAILED), h.sunEvents.failures);
        assertTrue(h.sun.ikeSas().isEmpty());
        // <-- SK { N(AUTHENTICATION_FAILED) }
        h.deliverNext();
        assertEquals(List.of(NotifyType.AUTHENTICATION_FAILED), h.moonEvents.failures);
        assertEquals(IkeSa.State.DESTROYING, sa.state());
        assertTrue(h.moon.ikeSas().isEmpty());
        assertTrue(h.moonEvents.children.isEmpty());
        assertTrue(h.sunEvents.established.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void noCommonIkeProposalIsNoProposalChosen(String backEnds) throws Exception {
        ProposalConfig q = proposal(List.of("sha256"), List.of("aes-128-cbc"));
        ExchangeTestHarness h = harness(backEnds,
                profile(List.of("aes-128"), List.of("ecp256")),
                profile(List.of("aes-256"), List.of("ecp256")), q, q,
                ExchangeTestHarness.PSK, ExchangeTestHarness.PSK);
        h.initiate();
        h.deliverNext();
        // <-- HDR, N(NO_PROPOSAL_CHOSEN)
        IkeMessage refusal = h.deliverNext().decode();
        assertEquals(NotifyType.NO_PROPOSAL_CHOSEN,
                refusal.first(NotifyPayload.class).orElseThrow().notifyType());
        assertEquals(List.of(NotifyType.NO_PROPOSAL_CHOSEN), h.moonEvents.failures);
        assertTrue(h.moon.ikeSas().isEmpty());
        assertTrue(h.wire.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void noCommonChildProposalKeepsTheIkeSa(String backEnds) throws Exception {
        ProfileConfig p = profile(List.of("aes-128"), List.of("ecp256"));
        ExchangeTestHarness h = harness(backEnds, p, p,
                proposal(List.of("sha256"), List.of("aes-128-cbc")),
                proposal(List.of("sha1"), List.of("aes-128-cbc")),
                ExchangeTestHarness.PSK, ExchangeTestHarness.PSK);
        IkeSa sa = h.initiate();
        h.deliverAll();
        // <-- SK { IDr, AUTH, N(NO_PROPOSAL_CHOSEN) }: "failed to establish CHILD_SA, keeping IKE_SA"
        assertEquals(IkeSa.State.ESTABLISHED, sa.state());
        assertEquals(List.of(NotifyType.NO_PROPOSAL_CHOSEN), h.moonEvents.childFailures);
        assertEquals(List.of(NotifyType.NO_PROPOSAL_CHOSEN), h.sunEvents.childFailures);
        assertTrue(sa.children().isEmpty());
        assertFalse(h.moon.ikeSas().isEmpty());
    }
}

package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.PeerConfig.ExchangeMode;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.esp.Decapsulated;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.IsakmpPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Main Mode + Quick Mode with the seed parameters (phase 1 aes-128/sha1/modp1024 lifetime 1d; phase 2
 * aes-128-cbc/sha1 lifetime 8h PFS modp1024) over the four back-end combinations, proven by ESP packets crossing
 * in both directions (RFC 2409 §5, §5.5):
 *
 * <pre>
 * ID_PROT  HDR, SA, V, V                      --&gt;     &lt;--  HDR, SA, V, V
 *          HDR, KE, Ni, NAT-D, NAT-D          --&gt;     &lt;--  HDR, KE, Nr, NAT-D, NAT-D
 *          HDR*, IDii, HASH_I, N(INITIAL-CONTACT) --&gt; &lt;--  HDR*, IDir, HASH_R          (UDP 4500)
 * QUICK    HDR*, HASH(1), SA, Ni, KE, IDci, IDcr  --&gt; &lt;--  HDR*, HASH(2), SA, Nr, KE, IDci, IDcr
 *          HDR*, HASH(3)                      --&gt;
 * </pre>
 */
class MainModeExchangeTest {
    static List<String> matrix() {
        return Ikev1TestHarness.matrix();
    }

    static Ikev1TestHarness seed(String backEnds, ExchangeMode mode) {
        ProfileConfig p = Ikev1TestHarness.seedProfile(ProfileConfig.ProposalCheck.OBEY);
        return new Ikev1TestHarness(backEnds,
                Ikev1TestHarness.moonConfig(mode, p, Ikev1TestHarness.seedProposal(), Ikev1TestHarness.PSK, true),
                Ikev1TestHarness.sunConfig(mode, p, Ikev1TestHarness.seedProposal(), Ikev1TestHarness.PSK, true));
    }

    static List<PayloadType> types(IkeV1Message m) {
        return m.payloads().stream().map(IsakmpPayload::payloadType).toList();
    }

    /** Proves both sides derived the same ESP keys: packets cross in both directions. */
    static void assertEspWorks(Ikev1TestHarness h, ChildSaRecord moonChild, ChildSaRecord sunChild)
            throws Exception {
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
    void mainModeAndQuickModeWithSeedParameters(String backEnds) throws Exception {
        Ikev1TestHarness h = seed(backEnds, ExchangeMode.MAIN);
        Ikev1Sa moonSa = h.initiate();

        // (1) SA, V(DPD), V(RFC 3947) on UDP 500, CKY-R zero.
        Ikev1TestHarness.Datagram d1 = h.deliverNext();
        IkeV1Message m1 = d1.decodePlain();
        assertEquals(ExchangeType.IDENTITY_PROTECTION, m1.header().exchangeType());
        assertEquals(0, m1.header().spiResponder());
        assertEquals(500, d1.to().getPort());
        assertEquals(List.of(PayloadType.SA, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID), types(m1));
        Ikev1Sa sunSa = h.sun.sas().get(0);
        // (2) SA: the responder's cookie appears.
        IkeV1Message m2 = h.deliverNext().decodePlain();
        assertEquals(sunSa.ckyR(), m2.header().spiResponder());
        assertEquals(List.of(PayloadType.SA, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID), types(m2));
        // (3) KE, Ni, NAT-D, NAT-D and (4) KE, Nr, NAT-D, NAT-D.
        assertEquals(List.of(PayloadType.KE, PayloadType.NONCE, PayloadType.NAT_D, PayloadType.NAT_D),
                types(h.deliverNext().decodePlain()));
        assertEquals(List.of(PayloadType.KE, PayloadType.NONCE, PayloadType.NAT_D, PayloadType.NAT_D),
                types(h.deliverNext().decodePlain()));
        assertTrue(moonSa.natDetected());
        assertArrayEquals(moonSa.keys().orElseThrow().skeyidD(), sunSa.keys().orElseThrow().skeyidD());
        assertEquals(DhGroup.MODP1024, moonSa.offer().orElseThrow().group());
        assertEquals(86400, moonSa.offer().orElseThrow().lifeSeconds());
        // (5) encrypted IDii, HASH_I, N(INITIAL-CONTACT), floated to 4500.
        Ikev1TestHarness.Datagram d5 = h.deliverNext();
        assertEquals(4500, d5.to().getPort());
        assertEquals(IkeHeader.FLAG_V1_ENCRYPTION, IkeV1Message.peekHeader(d5.data()).flags());
        assertEquals(IkeSa.State.ESTABLISHED, sunSa.state()); // it sent (6), its last message
        assertEquals(IkeSa.State.CONNECTING, moonSa.state());
        // (6) IDir, HASH_R: both established.
        h.deliverNext();
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertEquals(IkeSa.State.ESTABLISHED, sunSa.state());
        assertEquals("fqdn:sun.test", moonSa.remoteIdentity().orElseThrow());
        assertEquals("fqdn:moon.test", sunSa.remoteIdentity().orElseThrow());
        assertTrue(h.moonEvents.logged("ISAKMP-SA established 192.0.2.1[4500]-192.0.2.2[4500]"));
        assertTrue(h.moonEvents.logged("initiate new phase 1 (Identity Protection): 192.0.2.1[500]<=>192.0.2.2[500]"));

        // Quick Mode: three encrypted messages with a non-zero message ID.
        Ikev1TestHarness.Datagram q1 = h.deliverNext();
        IkeHeader qh = IkeV1Message.peekHeader(q1.data());
        assertEquals(ExchangeType.QUICK_MODE, qh.exchangeType());
        assertTrue(qh.messageId() != 0);
        h.deliverNext();
        h.deliverNext();
        assertTrue(h.wire.isEmpty());
        ChildSaRecord moonChild = h.moonEvents.children.get(0);
        ChildSaRecord sunChild = h.sunEvents.children.get(0);
        assertEquals(moonChild.spiOut(), sunChild.spiIn());
        assertEquals(moonChild.spiIn(), sunChild.spiOut());
        assertEquals(EncrAlg.AES_CBC, moonChild.algorithms().enc().alg());
        assertEquals(DhGroup.MODP1024, moonChild.algorithms().pfs());
        assertEquals(Duration.ofHours(8), moonChild.lifetime());
        assertEquals(Duration.ofHours(8), sunChild.lifetime());
        assertTrue(moonChild.udpEncapsulated());
        assertEquals(EspMode.TUNNEL, moonChild.mode());
        assertEquals(List.of(moonChild), moonSa.children());
        assertEspWorks(h, moonChild, sunChild);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void aggressiveModeAndQuickMode(String backEnds) throws Exception {
        Ikev1TestHarness h = seed(backEnds, ExchangeMode.AGGRESSIVE);
        Ikev1Sa moonSa = h.initiate();
        IkeV1Message a1 = h.deliverNext().decodePlain();
        assertEquals(ExchangeType.AGGRESSIVE, a1.header().exchangeType());
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.ID, PayloadType.VENDOR_ID,
                PayloadType.VENDOR_ID), types(a1));
        IkeV1Message a2 = h.deliverNext().decodePlain();
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.ID, PayloadType.HASH,
                PayloadType.NAT_D, PayloadType.NAT_D, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID), types(a2));
        IkeV1Message a3 = h.deliverNext().decodePlain();
        assertEquals(List.of(PayloadType.HASH, PayloadType.NAT_D, PayloadType.NAT_D), types(a3));
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertEquals(IkeSa.State.ESTABLISHED, h.sun.sas().get(0).state());
        assertEquals(3, h.deliverAll());
        assertEspWorks(h, h.moonEvents.children.get(0), h.sunEvents.children.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void transportModeBecomesUdpEncapsulatedTransport(String backEnds) throws Exception {
        ProfileConfig p = Ikev1TestHarness.seedProfile(ProfileConfig.ProposalCheck.OBEY);
        Ikev1TestHarness h = Ikev1TestHarness.mainMode(backEnds, p, false);
        h.initiate();
        assertEquals(9, h.deliverAll());
        ChildSaRecord moonChild = h.moonEvents.children.get(0);
        assertEquals(EspMode.TRANSPORT, moonChild.mode());
        assertTrue(moonChild.udpEncapsulated());
        assertEspWorks(h, moonChild, h.sunEvents.children.get(0));
    }
}

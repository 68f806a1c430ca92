package io.rosipsec.ipsec.ike.v2.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Responder-side policies over the back-end matrix: DoS cookies (RFC 7296 §2.6, RouterOS {@code
 * ddos-cookie-threshold}), INITIAL_CONTACT (§2.4), passive peers, and the {@code dpd-interval ×
 * dpd-maximum-failures} dead-peer mapping.
 */
class ResponderPolicyExchangeTest {
    static List<String> matrix() {
        return ExchangeTestHarness.matrix();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void aboveTheThresholdTheInitiatorMustReturnACookie(String backEnds) throws Exception {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        h.sun.setCookieThreshold(0);
        IkeSa sa = h.initiate();
        // IKE_SA_INIT { SA, KEi, Ni, N(NATD_S), N(NATD_D) } -->
        h.deliverNext();
        assertTrue(h.sun.ikeSas().isEmpty()); // stateless
        // <-- HDR(SPIi, 0) { N(COOKIE) }
        IkeMessage cookie = h.deliverNext().decode();
        assertEquals(0, cookie.header().spiResponder());
        NotifyPayload n = cookie.first(NotifyPayload.class).orElseThrow();
        assertEquals(NotifyType.COOKIE, n.notifyType());
        assertEquals(33, n.data().length);
        // IKE_SA_INIT { N(COOKIE), SA, KEi, Ni, N(NATD_S), N(NATD_D) } -->  (message ID 0 again)
        IkeMessage retry = h.wire.peek().decode();
        assertEquals(PayloadType.NOTIFY, retry.payloads().get(0).payloadType());
        assertArrayEquals(n.data(), ((NotifyPayload) retry.payloads().get(0)).data());
        assertEquals(0, retry.header().messageId());
        assertEquals(4, h.deliverAll());
        assertEquals(IkeSa.State.ESTABLISHED, sa.state());
        assertEquals(1, h.sunEvents.children.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void cookiesStartWhenHalfOpenSasReachTheThreshold(String backEnds) throws Exception {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        h.sun.setCookieThreshold(1);
        h.moon.initiate("sun");
        h.moon.initiate("sun");
        h.scheduler.runPending();
        // first IKE_SA_INIT --> creates a half-open SA; the second one then needs a cookie
        h.deliverNext();
        assertEquals(1, h.sun.halfOpenCount());
        h.deliverNext();
        assertEquals(1, h.sun.ikeSas().size());
        IkeMessage first = h.deliverNext().decode();   // <-- SA, KEr, Nr, N, N (to the first)
        assertTrue(first.first(NotifyPayload.class).map(x -> x.notifyType() != NotifyType.COOKIE)
                .orElse(true));
        IkeMessage second = h.deliverNext().decode();  // <-- N(COOKIE) (to the second)
        assertEquals(NotifyType.COOKIE,
                second.first(NotifyPayload.class).orElseThrow().notifyType());
        // The cookie is accepted although the first SA is still half-open; the second IKE_AUTH
        // carries no INITIAL_CONTACT (moon has another SA with sun), so both SAs stay.
        h.deliverAll();
        assertEquals(2, h.moon.ikeSas().size());
        assertEquals(2, h.sun.ikeSas().size());
        assertEquals(0, h.sun.halfOpenCount());
        assertEquals(2, h.moonEvents.established.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void initialContactDeletesTheResponderOtherSasOfThatIdentity(String backEnds) {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        RekeyTestSupport.established(h);
        IkeSa stale = h.sun.ikeSas().get(0);
        // moon reboots and forgets its SA; sun does not notice.
        h.moon.forgetAll();
        h.scheduler.runPending();
        assertTrue(h.moon.ikeSas().isEmpty());
        assertTrue(h.wire.isEmpty());
        // IKE_AUTH { IDi, N(INITIAL_CONTACT), IDr, AUTH, SA, TSi, TSr } -->
        RekeyTestSupport.established(h);
        assertEquals(1, h.sun.ikeSas().size());
        assertTrue(h.sun.ikeSas().get(0) != stale);
        assertEquals(List.of(stale), h.sunEvents.deleted);
        assertEquals(1, h.sunEvents.childrenDeleted.size());
        assertEquals(IkeSa.State.DESTROYING, stale.state());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void withoutInitialContactOtherSasStay(String backEnds) {
        ProfileConfig p = IkeAuthExchangeTest.profile(List.of("aes-128"), List.of("ecp256"));
        ProposalConfig q = IkeAuthExchangeTest.proposal(List.of("sha256"), List.of("aes-128-cbc"));
        IkeSessionConfig m = ExchangeTestHarness.moonConfig(p, q, ExchangeTestHarness.PSK);
        PeerConfig peer = m.peer();
        m = RekeyTestSupport.withPeer(m, new PeerConfig(peer.name(), peer.address(), peer.port(),
                peer.localAddress(), false, peer.exchangeMode(), false, peer.profile()));
        ExchangeTestHarness h = new ExchangeTestHarness(backEnds, m,
                ExchangeTestHarness.sunConfig(p, q, ExchangeTestHarness.PSK));
        RekeyTestSupport.established(h);
        h.moon.forgetAll();
        // IKE_AUTH { IDi, IDr, AUTH, SA, TSi, TSr } -->   (send-initial-contact=no)
        RekeyTestSupport.established(h);
        assertEquals(2, h.sun.ikeSas().size());
        assertTrue(h.sunEvents.deleted.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void passivePeerOnlyResponds(String backEnds) {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        // sun's peer "moon" is passive=yes (address 0.0.0.0/0)
        assertThrows(IllegalArgumentException.class, () -> h.sun.initiate("moon"));
        assertTrue(h.wire.isEmpty());
        RekeyTestSupport.established(h);
        assertEquals(1, h.sun.ikeSas().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void peerIsDeadAfterDpdIntervalTimesMaximumFailures(String backEnds) {
        ExchangeTestHarness h = IkeAuthExchangeTest.standard(backEnds);
        IkeSa sa = RekeyTestSupport.established(h).moon.ikeSas().get(0);
        // dpd-interval=2m, dpd-maximum-failures=5; sun has vanished, every packet is lost.
        // t=2m HDR, SK { } -->   then again every 2 minutes, 5 transmissions in all
        h.scheduler.advance(Duration.ofMinutes(2));
        h.wire.clear();
        h.scheduler.advance(Duration.ofMinutes(10).minusMillis(1));
        assertEquals(IkeSa.State.ESTABLISHED, sa.state());
        long moonSends = h.sent.stream()
                .filter(d -> d.from().getAddress().equals(ExchangeTestHarness.MOON)).count();
        assertEquals(2 + 5, moonSends); // IKE_SA_INIT, IKE_AUTH, then five DPD transmissions
        h.scheduler.advance(Duration.ofMillis(1));
        assertEquals(IkeSa.State.DESTROYING, sa.state());
        assertEquals(List.of(NotifyType.UNKNOWN), h.moonEvents.failures);
        assertTrue(h.moon.ikeSas().isEmpty());
    }
}

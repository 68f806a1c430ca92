package io.rosipsec.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.hw.HwProfiles;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two engines on 127.0.0.2 and 127.0.0.3 (ports 22500/26500 mapped to 500/4500): an IKEv2 PSK
 * tunnel comes up over real UDP sockets, ICMP echo crosses it both ways, and removing the
 * initiator's peer deletes the SAs on both sides.
 */
class IpsecEngineLoopbackTest {
    private static final int IKE = 22500;
    private static final int NATT = 26500;
    private final List<String> log1 = new CopyOnWriteArrayList<>();
    private final List<String> log2 = new CopyOnWriteArrayList<>();
    private final IpsecEngine r1 = engine(log1);
    private final IpsecEngine r2 = engine(log2);

    private static IpsecEngine engine(List<String> log) {
        return new IpsecEngine(HwProfiles.builtIn().defaultProfile(), "", Clock.systemUTC(),
                (topics, msg) -> log.add(topics + " " + msg));
    }

    @AfterEach
    void stop() {
        r1.stop();
        r2.stop();
    }

    static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    static IkeSessionConfig session(String peer, String remote, boolean passive, String src, String dst,
            String myId, String remoteId) {
        ProfileConfig profile = ProfileConfig.of("default", "sha256", List.of("aes-256"), List.of("modp2048"));
        ProposalConfig proposal = ProposalConfig.of("default", List.of("sha256"), List.of("aes-256-cbc"));
        PeerConfig p = PeerConfig.ike2(peer, IpPrefix.parse(remote), null).withPassive(passive);
        return new IkeSessionConfig(p, profile, IdentityConfig.psk(peer, "lab-secret", myId, remoteId),
                List.of(PolicyConfig.tunnel(peer, src, dst, "default")), Map.of("default", proposal));
    }

    static void await(String what, BooleanSupplier cond) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15000;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void tunnelComesUpCarriesPingAndTearsDown() throws Exception {
        r2.apply(new IpsecConfig(List.of(session("r1", "127.0.0.2", true, "10.2.0.0/24", "10.1.0.0/24",
                "fqdn:r2.test", "fqdn:r1.test")), Set.of(ip("10.2.0.1"))));
        r1.apply(new IpsecConfig(List.of(session("r2", "127.0.0.3", false, "10.1.0.0/24", "10.2.0.0/24",
                "fqdn:r1.test", "fqdn:r2.test")), Set.of(ip("10.1.0.1"))));
        r2.start(ip("127.0.0.3"), IKE, NATT);
        r1.start(ip("127.0.0.2"), IKE, NATT);

        await("SAs on both sides", () -> r1.installedSas().size() == 2 && r2.installedSas().size() == 2);
        List<InstalledSaView> a = r1.installedSas();
        List<InstalledSaView> b = r2.installedSas();
        // Outbound of one side is the inbound of the other.
        assertEquals(a.get(0).spi(), b.get(1).spi());
        assertEquals(a.get(1).spi(), b.get(0).spi());
        assertEquals("127.0.0.2", a.get(0).src().getAddress().getHostAddress());
        assertEquals(4500, a.get(0).src().getPort());
        assertEquals("aes-cbc", a.get(0).encAlgorithm());
        assertEquals("sha256", a.get(0).authAlgorithm());
        assertEquals(256, a.get(0).encKeySize());
        assertEquals("mature", a.get(0).state());
        assertEquals(a.get(0).encKey(), b.get(1).encKey());

        List<ActivePeerView> peers = r1.activePeers();
        assertEquals(1, peers.size());
        assertEquals("r2.test", peers.get(0).id());
        assertFalse(peers.get(0).responder());
        assertTrue(r2.activePeers().get(0).responder());
        assertEquals(1, peers.get(0).ph2Total());

        List<EchoResult> rows = new ArrayList<>();
        List<EchoResult> res = r1.ping(null, ip("10.2.0.1"), 3, 56, Duration.ofMillis(100),
                Duration.ofSeconds(2), rows::add);
        assertEquals(3, rows.size());
        for (EchoResult r : res) {
            assertTrue(r.replied(), r.toString());
            assertEquals(56, r.size());
            assertEquals(64, r.ttl());
        }
        assertEquals(3, r1.installedSas().get(0).currentPackets());
        assertEquals(3, r2.installedSas().get(0).currentPackets());
        assertEquals(3, r1.activePeers().get(0).rxPackets());
        assertEquals(1, r1.ph2Count(PolicyConfig.tunnel("r2", "10.1.0.0/24", "10.2.0.0/24", "default")));

        // An address nobody owns: no reply.
        List<EchoResult> lost = r1.ping(ip("10.1.0.1"), ip("10.2.0.99"), 1, 56, Duration.ofMillis(10),
                Duration.ofMillis(300), x -> { });
        assertFalse(lost.get(0).replied());
        // No SA covers it at all: times out without sending.
        List<EchoResult> none = r1.ping(ip("10.1.0.1"), ip("10.9.0.1"), 1, 56, Duration.ofMillis(10),
                Duration.ofMillis(200), x -> { });
        assertFalse(none.get(0).replied());

        r1.apply(new IpsecConfig(List.of(), Set.of(ip("10.1.0.1"))));
        await("SAs gone on both sides", () -> r1.installedSas().isEmpty() && r2.installedSas().isEmpty()
                && r1.activePeers().isEmpty() && r2.activePeers().isEmpty());
        assertTrue(log1.stream().anyMatch(l -> l.startsWith("ipsec,info new ike2 SA (I): r2 127.0.0.2[500]")),
                log1.toString());
        assertTrue(log1.stream().anyMatch(l -> l.startsWith("ipsec,info killing ike2 SA: r2")), log1.toString());
        assertTrue(log2.stream().anyMatch(l -> l.startsWith("ipsec,info peer connected: r1")), log2.toString());
    }
}

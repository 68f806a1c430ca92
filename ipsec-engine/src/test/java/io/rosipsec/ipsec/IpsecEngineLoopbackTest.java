package io.rosipsec.ipsec;

import static io.rosipsec.ipsec.LoopbackEnginePair.await;
import static io.rosipsec.ipsec.LoopbackEnginePair.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two engines on 127.0.0.2 and 127.0.0.3 (ports 22500/26500 mapped to 500/4500): an IKEv2 PSK
 * tunnel comes up over real UDP sockets, ICMP echo crosses it both ways, and removing the
 * initiator's peer deletes the SAs on both sides.
 */
class IpsecEngineLoopbackTest {
    private final LoopbackEnginePair lab = new LoopbackEnginePair(22500, 26500);
    private final IpsecEngine r1 = lab.r1;
    private final IpsecEngine r2 = lab.r2;
    private final List<String> log1 = lab.log1;
    private final List<String> log2 = lab.log2;

    @AfterEach
    void stop() {
        lab.close();
    }

    @Test
    void tunnelComesUpCarriesPingAndTearsDown() throws Exception {
        lab.configureTunnel();
        lab.startR2();
        lab.startR1();

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

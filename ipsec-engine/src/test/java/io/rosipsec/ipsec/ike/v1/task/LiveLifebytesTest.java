package io.rosipsec.ipsec.ike.v1.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.hw.HwProfiles;
import io.rosipsec.ipsec.EchoResult;
import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.PeerConfig.ExchangeMode;
import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.crypto.RoutingCryptoSuite;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import io.rosipsec.ipsec.net.Datapath;
import io.rosipsec.ipsec.net.Ikev1ByteFeed;
import io.rosipsec.ipsec.net.Ikev1SaEvents;
import io.rosipsec.ipsec.net.SaEvents;
import io.rosipsec.ipsec.net.SadEntry;
import io.rosipsec.ipsec.testing.ManualScheduler;
import io.rosipsec.ipsec.testing.SeededRandom;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The Quick Mode byte lifetime on live traffic (issue 6): two IKEv1 engines whose IPsec SAs go into real {@link
 * Datapath}s through {@link Ikev1SaEvents}, ICMP echo carried as ESP between the two data paths, and the data
 * paths' byte counters fed back to the engines by {@link Ikev1ByteFeed} (as {@code IpsecEngine} wires it). A pair
 * proposed with 8 kB (RFC 2407 §4.5) is rekeyed by its initiator past 80 % and deleted at 100 % of the ESP bytes,
 * without any test reporting counters by hand.
 */
class LiveLifebytesTest {
    private record Esp(InetSocketAddress from, InetSocketAddress to, byte[] packet) {}

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Deque<Ikev1TestHarness.Datagram> ike = new ArrayDeque<>();
    private final Deque<Esp> esp = new ArrayDeque<>();
    private final List<String> log = new ArrayList<>();
    private Ikev1Engine moon;
    private Ikev1Engine sun;
    private Datapath moonPath;
    private Datapath sunPath;

    private Datapath side(InetAddress self, long seed, String own) throws Exception {
        SeededRandom random = new SeededRandom(seed);
        RoutingCryptoSuite suite = new RoutingCryptoSuite(HwProfiles.builtIn().defaultProfile(), "",
                new JcaCryptoSuite(random), new BcCryptoSuite(random));
        InetSocketAddress me = new InetSocketAddress(self, 4500);
        Datapath d = new Datapath((to, packet) -> esp.add(new Esp(me, to, packet.clone())), scheduler,
                () -> scheduler.clock.millis() * 1_000_000L);
        d.setOwnAddresses(Set.of(InetAddress.getByName(own)));
        SaEvents shared = new SaEvents(suite, d, (t, m) -> log.add(t + " " + m), sa -> { });
        Ikev1Engine e = new Ikev1Engine(EngineContext.of(scheduler.clock, scheduler, suite, random), self,
                (from, to, data) -> ike.add(new Ikev1TestHarness.Datagram(from, to, data.clone())),
                new Ikev1SaEvents(shared, d, (t, m) -> log.add(t + " " + m), sa -> { }),
                RetransmitPolicy.STRONGSWAN, SaLifetime.Jitter.NONE);
        d.setByteObserver(new Ikev1ByteFeed(e));
        if (self.equals(Ikev1TestHarness.MOON)) {
            moon = e;
        } else {
            sun = e;
        }
        return d;
    }

    /** Runs the loop and carries IKE and ESP until both wires are quiet (bounded). */
    private int settle(boolean deliverIke) {
        int ikeDelivered = 0;
        for (int i = 0; i < 10_000; i++) {
            scheduler.runPending();
            Esp p = esp.poll();
            if (p != null) {
                (p.to().getAddress().equals(Ikev1TestHarness.MOON) ? moonPath : sunPath).receive(p.from(), p.packet());
                continue;
            }
            Ikev1TestHarness.Datagram d = deliverIke ? ike.poll() : null;
            if (d == null) {
                return ikeDelivered;
            }
            (d.to().getAddress().equals(Ikev1TestHarness.MOON) ? moon : sun).receive(d.from(), d.to(), d.data());
            ikeDelivered++;
        }
        throw new AssertionError("wires never went quiet");
    }

    private boolean ping(int seq) throws Exception {
        CompletableFuture<EchoResult> f = moonPath.echo(InetAddress.getByName("10.1.0.1"),
                InetAddress.getByName("10.2.0.1"), 7, seq, 1000, Duration.ofSeconds(1));
        settle(false);
        return f.isDone() && f.join().replied();
    }

    private static SadEntry entry(Datapath d, int spiIn) {
        return d.entries().stream().filter(e -> e.inbound().spi() == spiIn).findFirst().orElse(null);
    }

    @Test
    void espTrafficRekeysAtEightyPercentAndDeletesAtTheByteLimit() throws Exception {
        moonPath = side(Ikev1TestHarness.MOON, 1, "10.1.0.1");
        sunPath = side(Ikev1TestHarness.SUN, 2, "10.2.0.1");
        var profile = Ikev1TestHarness.seedProfile(ProposalCheck.OBEY);
        moon.configure(Ikev1TestHarness.moonConfig(ExchangeMode.MAIN, profile, Ikev1TestHarness.seedProposal(),
                Ikev1TestHarness.PSK, true));
        sun.configure(Ikev1TestHarness.sunConfig(ExchangeMode.MAIN, profile, Ikev1TestHarness.seedProposal(),
                Ikev1TestHarness.PSK, true));
        moon.initiate("sun");
        assertEquals(9, settle(true));
        assertEquals(1, moonPath.entries().size());
        Ikev1Sa moonSa = moon.sas().get(0);
        // A second pair with a strongSwan-style 8 kB lifetime (8192 bytes: soft 6553, hard 8192).
        moon.negotiate(moonSa, moonSa.config().policies().get(0), 8);
        assertEquals(3, settle(true));
        assertEquals(2, moonPath.entries().size());
        SadEntry limited = moonPath.entries().get(1);
        int limitedSpi = limited.inbound().spi();

        int pings = 0;
        while (ike.isEmpty() && pings < 20) {
            assertTrue(ping(pings++), "echo " + pings + " answered through the limited pair");
        }
        // 1000-byte requests: the soft limit is crossed on the seventh packet, with no counter reported by hand.
        assertEquals(7, pings);
        assertTrue(limited.outbound().counters().bytes() >= 6553);
        assertFalse(ike.isEmpty(), "a Quick Mode rekey is on the wire");

        // The rekey's messages are held back: traffic stays on the limited pair until its hard limit.
        Deque<Ikev1TestHarness.Datagram> held = new ArrayDeque<>(ike);
        ike.clear();
        while (entry(moonPath, limitedSpi) != null && pings < 20) {
            ping(pings++);
            held.addAll(ike);
            ike.clear();
        }
        assertEquals(9, pings, "deleted once 8192 bytes went through");
        assertFalse(moonSa.children().stream().anyMatch(c -> c.spiIn() == limitedSpi));
        ike.addAll(held);
        settle(true);
        assertTrue(sunPath.entries().stream().noneMatch(e -> e.outbound().spi() == limitedSpi),
                "the Delete removed the pair on the peer too");
        assertEquals(IkeSa.State.ESTABLISHED, moonSa.state());
        assertTrue(ping(100), "traffic goes on through the remaining pairs");
    }
}

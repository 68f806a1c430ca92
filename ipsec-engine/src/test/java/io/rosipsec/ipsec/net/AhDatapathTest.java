package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.hw.HwProfiles;
import io.rosipsec.ipsec.EchoResult;
import io.rosipsec.ipsec.InstalledSaView;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.RoutingCryptoSuite;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.AhSa;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.Ipv4Header;
import io.rosipsec.ipsec.esp.UdpEncap;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import io.rosipsec.ipsec.testing.ManualScheduler;
import io.rosipsec.ipsec.testing.SeededRandom;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AH pairs in the SAD (RFC 4302; {@code ipsec-protocols=ah}): installed by {@link SaEvents#install} from an AH {@link
 * ChildSaRecord}, carried between two data paths in the emulator's AH-in-UDP framing ({@link UdpEncap#wrapAh}: marker
 * 51, then the whole IPv4 packet with protocol 51), in tunnel and transport mode; a tampered packet fails its ICV
 * ({@code in-state-protocol-errors}), a replayed one the window ({@code in-state-sequence-errors}), an AH packet for an
 * ESP SPI finds no state; {@code installed-sa} shows the authentication algorithm only.
 */
class AhDatapathTest {
    private record Wire(InetSocketAddress from, InetSocketAddress to, byte[] payload) {}

    private static final InetSocketAddress A = new InetSocketAddress("192.0.2.1", 4500);
    private static final InetSocketAddress B = new InetSocketAddress("192.0.2.2", 4500);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Deque<Wire> wire = new ArrayDeque<>();

    private Datapath path(InetSocketAddress self, String own) throws Exception {
        Datapath d = new Datapath((to, p) -> wire.add(new Wire(self, to, p.clone())), scheduler, () -> 0L);
        d.setOwnAddresses(Set.of(InetAddress.getByName(own)));
        return d;
    }

    private static TrafficSelector ts(String from, String to) throws Exception {
        return new TrafficSelector(InetAddress.getByName(from), InetAddress.getByName(to));
    }

    private static ChildSaRecord child(ProtocolId protocol, EspMode mode, int in, int out, byte[] authIn,
            byte[] authOut, TrafficSelector local, TrafficSelector remote) {
        return new ChildSaRecord(protocol, in, out,
                new ChildAlgorithms(new EncrSpec(EncrAlg.NULL, 0), IntegAlg.HMAC_SHA2_256_128, false, null), mode,
                new byte[0], new byte[0], authIn, authOut, List.of(local), List.of(remote), true, 0,
                Duration.ofMinutes(30), null);
    }

    private void carry(Datapath a, Datapath b, int max) {
        for (int i = 0; i < max && !wire.isEmpty(); i++) {
            Wire w = wire.poll();
            (w.to().equals(A) ? a : b).receive(w.from(), w.payload());
        }
    }

    @ParameterizedTest
    @EnumSource(EspMode.class)
    void echoCrossesAnAhPairAndForgeriesAreCounted(EspMode mode) throws Exception {
        boolean tunnel = mode == EspMode.TUNNEL;
        Datapath a = path(A, tunnel ? "10.1.0.1" : "192.0.2.1");
        Datapath b = path(B, tunnel ? "10.2.0.1" : "192.0.2.2");
        byte[] k1 = new byte[32];
        byte[] k2 = new byte[32];
        Arrays.fill(k1, (byte) 1);
        Arrays.fill(k2, (byte) 2);
        TrafficSelector na = tunnel ? ts("10.1.0.0", "10.1.0.255") : ts("192.0.2.1", "192.0.2.1");
        TrafficSelector nb = tunnel ? ts("10.2.0.0", "10.2.0.255") : ts("192.0.2.2", "192.0.2.2");
        SeededRandom random = new SeededRandom(3);
        RoutingCryptoSuite suite = new RoutingCryptoSuite(HwProfiles.builtIn().defaultProfile(), "",
                new JcaCryptoSuite(random), new BcCryptoSuite(random));
        SaEvents ea = new SaEvents(suite, a, (t, m) -> { }, sa -> { });
        SaEvents eb = new SaEvents(suite, b, (t, m) -> { }, sa -> { });
        SadEntry sa = ea.install(new Object(), "b", A, B, child(ProtocolId.AH, mode, 0x1001, 0x2002, k2, k1, na, nb));
        eb.install(new Object(), "a", B, A, child(ProtocolId.AH, mode, 0x2002, 0x1001, k1, k2, nb, na));
        assertTrue(sa.ah());
        assertTrue(sa.inbound() instanceof AhSa);

        InetAddress src = a.sourceFor(InetAddress.getByName(tunnel ? "10.2.0.1" : "192.0.2.2"));
        CompletableFuture<EchoResult> f = a.echo(src, InetAddress.getByName(tunnel ? "10.2.0.1" : "192.0.2.2"), 9, 1,
                84, Duration.ofSeconds(1));
        Wire request = wire.peek();
        assertTrue(UdpEncap.isAh(request.payload()));
        byte[] ip = Arrays.copyOfRange(request.payload(), 4, request.payload().length);
        assertEquals(Ipv4Header.PROTO_AH, Ipv4Header.parse(ip).protocol());
        assertEquals("192.0.2.1", InetAddress.getByAddress(Ipv4Header.parse(ip).source()).getHostAddress());
        carry(a, b, 10);
        assertTrue(f.isDone() && f.join().replied(), "echo answered through AH");
        assertEquals(1, sa.inbound().counters().packets());

        b.receive(A, request.payload()); // the same request again
        assertEquals(1L, b.dropCounters().get("in-state-sequence-errors"));
        a.echo(src, InetAddress.getByName(tunnel ? "10.2.0.1" : "192.0.2.2"), 9, 2, 84, Duration.ofSeconds(1));
        byte[] tampered = wire.poll().payload(); // a fresh sequence number, one flipped payload bit
        tampered[tampered.length - 1] ^= 1;
        b.receive(A, tampered);
        assertEquals(1L, b.dropCounters().get("in-state-protocol-errors"));
        byte[] unknown = request.payload().clone();
        int ah = 4 + Ipv4Header.parse(ip).headerLength();
        unknown[ah + 4] = 0x7F; // an SPI nobody has
        b.receive(A, unknown);
        assertEquals(1L, b.dropCounters().get("in-no-states"));
        b.receive(A, new byte[] {0, 0, 0, 51, 0x45, 0, 0}); // marker and no IPv4 header
        assertEquals(1L, b.dropCounters().get("in-header-errors"));

        InstalledSaView out = sa.views(1, 0).get(0);
        assertEquals("sha256", out.authAlgorithm());
        assertEquals("none", out.encAlgorithm());
        assertEquals(0, out.encKeySize());
        assertEquals("", out.encKey());
        assertFalse(out.authKey().isEmpty());
    }
}

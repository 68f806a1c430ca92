package io.rosipsec.ipsec;

import static io.rosipsec.ipsec.LoopbackEnginePair.await;
import static io.rosipsec.ipsec.LoopbackEnginePair.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.EspSaConfig;
import io.rosipsec.ipsec.net.IkeDrops;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 (b): crafted datagrams sent over loopback UDP to a running engine. Each ESP failure moves the XFRM counter
 * the kernel moves ({@code EspDrop}: unknown SPI → {@code in-no-states}, truncated and ICV failure → {@code
 * in-state-protocol-errors}, replay → {@code in-state-sequence-errors}, an inner packet shorter than an IPv4 header →
 * {@code in-state-mode-errors}); malformed IKEv2, ISAKMP and too-short datagrams have no statistics counter in
 * RouterOS and are counted by the engine and logged under {@code ipsec,debug}, at most one line a second.
 */
class DropStatisticsTest {
    private static final int IKE = 23500;
    private static final int NATT = 27500;
    private final LoopbackEnginePair lab = new LoopbackEnginePair(IKE, NATT);
    private final IpsecEngine r1 = lab.r1;
    private final IpsecEngine r2 = lab.r2;
    private final List<String> log2 = lab.log2;

    @AfterEach
    void stop() {
        lab.close();
    }

    private static void send(DatagramSocket s, int port, byte[] data) throws Exception {
        s.send(new DatagramPacket(data, data.length, new InetSocketAddress("127.0.0.3", port)));
    }

    private static byte[] ikeHeader(int version, int declaredLength, int total) {
        ByteBuffer b = ByteBuffer.allocate(total);
        b.putLong(0x1122334455667788L).putLong(0).put((byte) 0).put((byte) version).put((byte) 2).put((byte) 0)
                .putInt(0).putInt(declaredLength);
        return b.array();
    }

    private long stat(String name) {
        return r2.statistics().getOrDefault(name, 0L);
    }

    @Test
    void eachDropReasonMovesItsCounterOrTheLog() throws Exception {
        lab.configureTunnel();
        lab.startR2();
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress("127.0.0.14", 0))) {
            // IKE side: no statistics counter, the engine's count and the ipsec,debug log.
            byte[] v2 = new byte[96];
            new Random(7).nextBytes(v2);
            v2[17] = 0x20;
            send(s, IKE, v2);
            await("the IKEv2 drop logged", () -> log2.stream().anyMatch(
                    l -> l.startsWith("ipsec,debug 127.0.0.14[") && l.contains("malformed IKEv2 message dropped")));
            send(s, IKE, ikeHeader(0x10, 4000, 40)); // ISAKMP header claiming more than the datagram
            send(s, IKE, new byte[] {1, 2, 3, 4, 5});
            await("three malformed IKE datagrams", () -> r2.malformedIkeMessages() == 3);
            assertEquals(1, r2.malformedDatagrams(), "the 5-byte one was the transport's");
            assertEquals(1, log2.stream().filter(l -> l.contains("malformed")).count(), "one line a second");
            Thread.sleep(IkeDrops.LOG_INTERVAL_MS + 100);
            send(s, IKE, ikeHeader(0x10, 4000, 40));
            await("the next line", () -> log2.stream().anyMatch(l -> l.contains("malformed ISAKMP message dropped")
                    && l.contains("(2 more not logged)")));
            assertTrue(r2.statistics().isEmpty(), "no XFRM counter moved: " + r2.statistics());

            // ESP side: the XFRM counters.
            send(s, NATT, ByteBuffer.allocate(56).putInt(0x12345678).putInt(1).array());
            await("in-no-states", () -> stat("in-no-states") == 1);

            lab.startR1();
            await("tunnel", () -> r2.installedSas().size() == 2);
            List<EchoResult> pings = r1.ping(null, ip("10.2.0.1"), 2, 56, Duration.ofMillis(50),
                    Duration.ofSeconds(2), x -> { });
            assertTrue(pings.get(1).replied());
            InstalledSaView in = r2.installedSas().get(1);
            assertFalse(in.outbound());
            send(s, NATT, ByteBuffer.allocate(12).putInt(in.spi()).putInt(3).array()); // truncated
            send(s, NATT, ByteBuffer.allocate(8 + 64).putInt(in.spi()).putInt(4).array()); // ICV fails
            await("in-state-protocol-errors", () -> stat("in-state-protocol-errors") == 2);

            // A sender keyed like r1's outbound SA (the keys installed-sa shows): sequence 1 again is a replay.
            HexFormat hex = HexFormat.of();
            EspSa forged = EspSa.outbound(new JcaCryptoSuite(new SecureRandom()), EspSaConfig.of(in.spi(),
                    EncrAlg.AES_CBC, 256, hex.parseHex(in.encKey()), IntegAlg.HMAC_SHA2_256_128,
                    hex.parseHex(in.authKey()), EspMode.TUNNEL));
            send(s, NATT, forged.encapsulate(new byte[12], EspMode.NEXT_IPV4)); // seq 1: replayed
            await("in-state-sequence-errors", () -> stat("in-state-sequence-errors") == 1);
            forged.sequence().resumeAfter(99);
            send(s, NATT, forged.encapsulate(new byte[12], EspMode.NEXT_IPV4)); // 12-byte inner "IPv4"
            await("in-state-mode-errors", () -> stat("in-state-mode-errors") == 1);
        }
        Map<String, Long> st = r2.statistics();
        assertEquals(Map.of("in-no-states", 1L, "in-state-protocol-errors", 2L, "in-state-sequence-errors", 1L,
                "in-state-mode-errors", 1L), st);
        assertTrue(r1.ping(null, ip("10.2.0.1"), 1, 56, Duration.ofMillis(50), Duration.ofSeconds(2), x -> { })
                .get(0).replied(), "the tunnel still works");
    }
}

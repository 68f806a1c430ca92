package io.rosipsec.ipsec.bench;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.Decapsulated;
import io.rosipsec.ipsec.esp.EspException;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.EspSaConfig;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ESP data-plane speed of one SA on one core (RFC 4303 §3.3 outbound, §3.4 inbound processing,
 * tunnel mode, no ESN, RouterOS's 128-packet replay window): {@link #roundTrip} encapsulates one
 * inner packet and decapsulates the result (ICV check, replay window, padding check);
 * {@link #encapsulate} is the sending half alone, the figure to hold against {@code openssl speed}
 * (which only encrypts), and {@link #decapsulate} the receiving half alone: one fixed packet
 * opened again and again by an SA whose anti-replay window is switched off (replay window 0, which
 * RouterOS also allows), so the window check is the only step it skips. Throughput is reported in operations per second; payload MB/s is
 * {@code ops/s × size / 10^6}, which {@code bench/jmh.sh} prints next to JMH's table.
 *
 * <p>The parameters are the issue-5 matrix: payload size (64, 512 and 1408 bytes: a small
 * packet, a medium one and an MTU-sized inner packet), the two RouterOS proposal spellings
 * {@code aes-128-gcm} and {@code aes-128-cbc+sha1} (HMAC-SHA1-96), and the back end: {@code jca}
 * is the accelerated path (JDK SunJCE with AES-NI/PCLMULQDQ/SHA-NI intrinsics), {@code bc} the
 * software path (Bouncy Castle lightweight engines, pure Java), as routed by
 * {@code RoutingCryptoSuite#forChildSa}.
 *
 * <p>SAs are re-keyed for every iteration so that sequence numbers never approach 2^32.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class EspThroughputBenchmark {
    @Param({"64", "512", "1408"})
    public int size;

    @Param({"aes-128-gcm", "aes-128-cbc+sha1"})
    public String alg;

    @Param({"jca", "bc"})
    public String suite;

    private CryptoSuite crypto;
    private EspSaConfig config;
    private byte[] payload;
    private EspSa outbound;
    private EspSa inbound;
    private EspSa sender;
    private EspSa receiver;
    private byte[] packet;

    /** Chooses the back end and transforms and draws fixed keys and a random inner packet. */
    @Setup(Level.Trial)
    public void setUpTrial() throws EspException {
        crypto = switch (suite) {
            case "jca" -> new JcaCryptoSuite();
            case "bc" -> new BcCryptoSuite();
            default -> throw new IllegalArgumentException("suite: " + suite);
        };
        config = config(alg);
        payload = bytes(7, size);
        try (EspSa once = EspSa.outbound(crypto, config)) {
            packet = once.encapsulate(payload, EspMode.NEXT_IPV4);
        }
        setUpIteration();
        Decapsulated check = roundTrip();
        if (!Arrays.equals(payload, check.payload())
                || !Arrays.equals(payload, decapsulate().payload())) {
            throw new IllegalStateException("round trip changed the payload");
        }
    }

    /** Fresh SAs (sequence numbers from 1) for every iteration. */
    @Setup(Level.Iteration)
    public void setUpIteration() {
        tearDownIteration();
        outbound = EspSa.outbound(crypto, config);
        inbound = EspSa.inbound(crypto, config);
        sender = EspSa.outbound(crypto, config);
        receiver = EspSa.inbound(crypto, config.withReplayWindow(0));
    }

    @TearDown(Level.Iteration)
    public void tearDownIteration() {
        for (EspSa sa : new EspSa[] {outbound, inbound, sender, receiver}) {
            if (sa != null) {
                sa.close();
            }
        }
    }

    /** Encapsulate on one SA direction, decapsulate on its peer. */
    @Benchmark
    public Decapsulated roundTrip() throws EspException {
        return inbound.decapsulate(outbound.encapsulate(payload, EspMode.NEXT_IPV4));
    }

    /** The outbound half only. */
    @Benchmark
    public byte[] encapsulate() throws EspException {
        return sender.encapsulate(payload, EspMode.NEXT_IPV4);
    }

    /** The inbound half only: ICV check, decryption, padding check of the same packet. */
    @Benchmark
    public Decapsulated decapsulate() throws EspException {
        return receiver.decapsulate(packet);
    }

    /** The SA for a RouterOS proposal spelling, with key material fixed by a seed. */
    static EspSaConfig config(String alg) {
        int spi = 0x0c0ffee1;
        return switch (alg) {
            case "aes-128-gcm" -> EspSaConfig.of(spi, EncrAlg.AES_GCM_16, 128,
                    bytes(1, EncrAlg.AES_GCM_16.keymatLength(128)), IntegAlg.NONE, null,
                    EspMode.TUNNEL);
            case "aes-128-cbc+sha1" -> EspSaConfig.of(spi, EncrAlg.AES_CBC, 128,
                    bytes(1, EncrAlg.AES_CBC.keymatLength(128)), IntegAlg.HMAC_SHA1_96,
                    bytes(2, IntegAlg.HMAC_SHA1_96.keyLength()), EspMode.TUNNEL);
            default -> throw new IllegalArgumentException("alg: " + alg);
        };
    }

    static byte[] bytes(long seed, int n) {
        byte[] b = new byte[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }
}

package io.rosipsec.ipsec.bench;

import io.rosipsec.ipsec.ike.v2.task.InJvmHandshake;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * IKEv2 PSK handshakes per second between two in-JVM engines (RFC 7296 §1.2: IKE_SA_INIT +
 * IKE_AUTH establishing the IKE SA and one Child SA; four datagrams, both sides' work on one
 * thread), over the in-memory wire, manual scheduler and seeded randomness of the exchange test
 * harness. One operation = one complete handshake with new engines; {@link #engineSetUpOnly} is
 * the part of that which is only engine construction, to subtract if wanted.
 *
 * <p>Parameters: the IKE SA's Diffie-Hellman group ({@code x25519}, {@code ecp256},
 * {@code modp2048}; RFC 7296 §3.3.2 transform type 4 IDs 31, 19, 14) and the back ends of
 * initiator/responder: {@code JCA/JCA} is what {@code RoutingCryptoSuite} uses for IKE (the
 * accelerated suite whenever it supports the algorithm), {@code BC/BC} the software suite for
 * comparison (BC's X25519 and P-256 are faster than the JDK 17 ones, spec ike-esp.md §4.3). The IKE SA uses AES-128-CBC with HMAC-SHA-256 and PRF-HMAC-SHA-256,
 * the Child SA AES-128-GCM-16.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class IkeHandshakeBenchmark {
    @Param({"x25519", "ecp256", "modp2048"})
    public String dhGroup;

    @Param({"JCA/JCA", "BC/BC"})
    public String backEnds;

    private InJvmHandshake handshake;

    /** Builds the two engines' configurations and checks one handshake completes. */
    @Setup(Level.Trial)
    public void setUp() {
        handshake = InJvmHandshake.psk(dhGroup, backEnds);
        int datagrams = handshake.run();
        if (datagrams != 4) {
            throw new IllegalStateException(datagrams + " datagrams, expected 4");
        }
    }

    /** One IKE_SA_INIT + IKE_AUTH handshake with fresh engines. */
    @Benchmark
    public int handshake() {
        return handshake.run();
    }

    /** Engine construction and configuration only (no message exchanged). */
    @Benchmark
    public Object engineSetUpOnly() {
        return handshake.setUpOnly();
    }
}

package io.rosipsec.ipsec.bench;

import io.rosipsec.ipsec.ike.v1.task.InJvmIkev1Handshake;
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
 * IKEv1 PSK handshakes per second between two in-JVM engines: Main Mode (RFC 2409 §5.4, six datagrams) and one
 * Quick Mode (§5.5, three datagrams) establishing the ISAKMP SA and one IPsec SA pair, both sides' work on one
 * thread, over the in-memory wire, manual scheduler and seeded randomness of the IKEv1 exchange test harness.
 * One operation = one complete handshake with new engines; {@link #engineSetUpOnly} is the engine construction
 * part of it.
 *
 * <p>Parameters: the phase-1 Diffie-Hellman group ({@code modp1024}, {@code modp2048}; RFC 2409 §6.2 group 2,
 * RFC 3526 group 14) and the back ends of initiator/responder ({@code JCA/JCA}, what {@code RoutingCryptoSuite}
 * uses for IKE; {@code -p backEnds=BC/BC} for the software suite). ISAKMP SA: AES-128-CBC, SHA-256; IPsec SA:
 * AES-128-GCM-16 without PFS, as in {@link IkeHandshakeBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class Ikev1HandshakeBenchmark {
    @Param({"modp1024", "modp2048"})
    public String dhGroup;

    @Param({"JCA/JCA"})
    public String backEnds;

    private InJvmIkev1Handshake handshake;

    /** Builds the two engines' configurations and checks one handshake completes. */
    @Setup(Level.Trial)
    public void setUp() {
        handshake = InJvmIkev1Handshake.psk(dhGroup, backEnds);
        int datagrams = handshake.run();
        if (datagrams != InJvmIkev1Handshake.DATAGRAMS) {
            throw new IllegalStateException(datagrams + " datagrams, expected " + InJvmIkev1Handshake.DATAGRAMS);
        }
    }

    /** One Main Mode + Quick Mode handshake with fresh engines. */
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

package io.rosipsec.ipsec;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Every source of nondeterminism the IKE engine uses, injected in one object (guideline 5): the
 * clock, the serial scheduler, the crypto back end, and the generators of nonces and SPIs. Tests
 * pass a fake clock, a manual scheduler and seeded generators, so every run produces identical
 * bytes; production passes the system clock, the event loop and {@link SecureRandom}.
 *
 * @param clock wall and monotonic time for lifetimes and timers
 * @param scheduler the serial executor and timers
 * @param suite the crypto back end (usually a {@code RoutingCryptoSuite})
 * @param random IVs and padding
 * @param nonces IKE nonces (RFC 7296 §2.10)
 * @param spis IKE and Child SA SPIs
 */
public record EngineContext(
        Clock clock,
        EngineScheduler scheduler,
        CryptoSuite suite,
        SecureRandom random,
        NonceSource nonces,
        SpiSource spis) {

    /** Produces nonces; a nonce must never repeat (RFC 7296 §2.10). */
    @FunctionalInterface
    public interface NonceSource {
        byte[] nonce(int length);
    }

    /** Produces SPIs: IKE SPIs never 0, Child (ESP) SPIs never in the reserved range 1–255. */
    public interface SpiSource {
        long ikeSpi();

        int childSpi();
    }

    public EngineContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(nonces, "nonces");
        Objects.requireNonNull(spis, "spis");
    }

    /** A context whose nonces and SPIs come from {@code random}. */
    public static EngineContext of(Clock clock, EngineScheduler scheduler, CryptoSuite suite,
            SecureRandom random) {
        NonceSource nonces = length -> {
            byte[] b = new byte[length];
            random.nextBytes(b);
            return b;
        };
        SpiSource spis = new SpiSource() {
            @Override
            public long ikeSpi() {
                long v;
                do {
                    v = random.nextLong();
                } while (v == 0);
                return v;
            }

            @Override
            public int childSpi() {
                int v;
                do {
                    v = random.nextInt();
                } while (Integer.compareUnsigned(v, 256) < 0);
                return v;
            }
        };
        return new EngineContext(clock, scheduler, suite, random, nonces, spis);
    }

    /** Milliseconds of {@link #clock()}. */
    public long nowMillis() {
        return clock.millis();
    }
}

package io.rosipsec.ipsec.esp;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Soft and hard lifetimes of one SA by time and by bytes, checked against a clock value the caller
 * passes in (no threads, no timers: guideline 5). Soft expiry starts a rekey, hard expiry deletes
 * the SA (RFC 4301 §4.4.2.1; RFC 7296 §2.8).
 *
 * <p>RouterOS sets the soft limit to 80 % of the hard one and prints both in {@code installed-sa}
 * as {@code add-lifetime=soft/hard}: {@code 24m/30m} for the default proposal {@code lifetime=30m},
 * or {@code 24m23s/30m29s} where the hard time came out a little longer than configured. {@link
 * #routerOs} models that: a {@link Jitter} may lengthen the hard time, and the soft time is 80 % of
 * the result. Byte limits (0 = none) follow the same 80 % rule.
 */
public final class SaLifetime {
    /** Where an SA stands. */
    public enum State {
        LIVE,
        /** Past the soft limit: rekey now. */
        SOFT_EXPIRED,
        /** Past the hard limit: delete. */
        HARD_EXPIRED
    }

    /** Extra milliseconds added to a configured hard lifetime (≥ 0). */
    @FunctionalInterface
    public interface Jitter {
        long extraMillis(long hardMillis);

        /** No jitter: {@code 24m/30m} exactly. */
        Jitter NONE = hard -> 0L;

        /**
         * A deterministic jitter: uniform in [0, {@code maxFraction} × hard] from a seeded
         * generator, so a test run reproduces its lifetimes.
         */
        static Jitter seeded(long seed, double maxFraction) {
            if (maxFraction < 0 || maxFraction > 1) {
                throw new IllegalArgumentException("maxFraction must be in [0, 1]");
            }
            SplittableRandom random = new SplittableRandom(seed);
            return hard -> {
                long bound = (long) (hard * maxFraction);
                return bound <= 0 ? 0L : random.nextLong(bound + 1);
            };
        }
    }

    /** Soft limit as a percentage of the hard one, as RouterOS shows it. */
    public static final int SOFT_PERCENT = 80;

    private final long createdAt;
    private final long softMillis;
    private final long hardMillis;
    private final long softBytes;
    private final long hardBytes;

    /**
     * Explicit limits. Times in milliseconds after {@code createdAtMillis}; byte limits of 0 mean
     * none. Soft limits must not exceed the hard ones.
     */
    public SaLifetime(long createdAtMillis, long softMillis, long hardMillis, long softBytes,
            long hardBytes) {
        if (hardMillis <= 0 || softMillis <= 0 || softMillis > hardMillis) {
            throw new IllegalArgumentException(
                    "need 0 < soft <= hard: " + softMillis + "/" + hardMillis);
        }
        if (hardBytes < 0 || softBytes < 0 || (hardBytes > 0 && softBytes > hardBytes)
                || (hardBytes == 0 && softBytes != 0)) {
            throw new IllegalArgumentException("bad byte limits " + softBytes + "/" + hardBytes);
        }
        this.createdAt = createdAtMillis;
        this.softMillis = softMillis;
        this.hardMillis = hardMillis;
        this.softBytes = softBytes;
        this.hardBytes = hardBytes;
    }

    /**
     * RouterOS-style limits from a configured hard lifetime ({@code proposal lifetime}) and byte
     * limit ({@code lifebytes}, 0 = none): hard = configured + jitter, soft = 80 % of hard.
     */
    public static SaLifetime routerOs(long createdAtMillis, Duration lifetime, long lifeBytes,
            Jitter jitter) {
        Objects.requireNonNull(jitter, "jitter");
        long configured = lifetime.toMillis();
        long extra = jitter.extraMillis(configured);
        if (extra < 0) {
            throw new IllegalArgumentException("jitter must not shorten the lifetime");
        }
        long hard = configured + extra;
        long soft = hard * SOFT_PERCENT / 100;
        long softBytes = lifeBytes * SOFT_PERCENT / 100;
        return new SaLifetime(createdAtMillis, soft, hard, softBytes, lifeBytes);
    }

    /** The state at clock value {@code nowMillis} after {@code bytes} bytes of traffic. */
    public State state(long nowMillis, long bytes) {
        long age = nowMillis - createdAt;
        if (age >= hardMillis || (hardBytes > 0 && bytes >= hardBytes)) {
            return State.HARD_EXPIRED;
        }
        if (age >= softMillis || (softBytes > 0 && bytes >= softBytes)) {
            return State.SOFT_EXPIRED;
        }
        return State.LIVE;
    }

    /** Time left until the hard limit ({@code expires-in}), never negative. */
    public Duration expiresIn(long nowMillis) {
        return Duration.ofMillis(Math.max(0, createdAt + hardMillis - nowMillis));
    }

    public long createdAtMillis() {
        return createdAt;
    }

    public Duration soft() {
        return Duration.ofMillis(softMillis);
    }

    public Duration hard() {
        return Duration.ofMillis(hardMillis);
    }

    /** Clock value of the soft time limit. */
    public long softExpiresAt() {
        return createdAt + softMillis;
    }

    /** Clock value of the hard time limit. */
    public long hardExpiresAt() {
        return createdAt + hardMillis;
    }

    /** Soft byte limit, 0 when none. */
    public long softBytes() {
        return softBytes;
    }

    /** Hard byte limit, 0 when none. */
    public long hardBytes() {
        return hardBytes;
    }

    @Override
    public String toString() {
        return "SaLifetime[" + soft() + "/" + hard()
                + (hardBytes > 0 ? ", " + softBytes + "/" + hardBytes + " bytes" : "") + "]";
    }
}

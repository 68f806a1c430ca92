package io.rosipsec.ipsec.net;

import java.util.function.LongSupplier;

/**
 * A single-rate token bucket used as a policer (the "token bucket" of RFC 2697 §1 with one bucket):
 * tokens accrue at {@code rate} per second up to {@code depth}; a unit of traffic of size {@code n}
 * passes when the bucket holds at least {@code min(n, depth)} tokens and then takes {@code n}, so a
 * unit larger than the whole bucket still passes once the bucket is full (the balance goes
 * negative and later traffic waits for it to refill). The long-run rate is {@code rate} either
 * way. Traffic that does not pass is the caller's to drop. Time comes from an injected nanosecond
 * clock so tests can drive it. Not thread-safe: used on the engine's event loop.
 */
public final class TokenBucket {
    private final LongSupplier nanoTime;
    private double rate;
    private double depth;
    private double tokens;
    private long last;

    /**
     * @param rate tokens per second, positive
     * @param depth bucket size in tokens, positive; the bucket starts full
     * @param nanoTime monotonic clock in nanoseconds
     * @throws IllegalArgumentException if {@code rate} or {@code depth} is not positive
     */
    public TokenBucket(double rate, double depth, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.last = nanoTime.getAsLong();
        setRate(rate, depth);
        this.tokens = depth;
    }

    /**
     * Changes rate and depth, keeping the tokens accrued so far (capped at the new depth).
     *
     * @throws IllegalArgumentException if {@code rate} or {@code depth} is not positive
     */
    public void setRate(double rate, double depth) {
        if (!(rate > 0) || !(depth > 0)) {
            throw new IllegalArgumentException("rate and depth must be positive");
        }
        refill();
        this.rate = rate;
        this.depth = depth;
        tokens = Math.min(tokens, depth);
    }

    public double rate() {
        return rate;
    }

    /** Takes {@code amount} tokens if the bucket allows it (see the class comment). */
    public boolean tryTake(double amount) {
        refill();
        if (tokens < Math.min(amount, depth)) {
            return false;
        }
        tokens -= amount;
        return true;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        long elapsed = now - last;
        last = now;
        if (elapsed > 0 && rate > 0) {
            tokens = Math.min(depth, tokens + rate * elapsed / 1e9);
        }
    }
}

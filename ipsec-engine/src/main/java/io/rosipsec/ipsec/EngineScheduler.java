package io.rosipsec.ipsec;

import java.time.Duration;

/**
 * The serial executor and timer service of an engine (guideline 5): every event of an IKE SA —
 * received packets, retransmission and DPD timers, local requests — runs through it, one at a
 * time, so the SA code needs no locks. In production it wraps the Netty event loop that owns the
 * UDP channel; tests use a manual implementation driven by a fake clock.
 */
public interface EngineScheduler {
    /** A scheduled task that can still be cancelled. */
    interface Timer {
        /** Cancels the task if it has not run; harmless afterwards. */
        void cancel();
    }

    /** Runs {@code task} on the serial executor, after any task already queued. */
    void execute(Runnable task);

    /** Runs {@code task} on the serial executor once {@code delay} has passed. */
    Timer schedule(Duration delay, Runnable task);
}

package io.rosipsec.ipsec.testing;

import io.rosipsec.ipsec.EngineScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Shared by the IKEv1 and IKEv2 exchange tests. A serial executor and fake clock driven by the test: nothing runs until the test says so. */
public final class ManualScheduler implements EngineScheduler {
    /** The fake clock whose time only {@link #advance} moves. */
    public final class FakeClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }
    }

    private final class Scheduled implements Timer {
        final long due;
        final Runnable task;
        boolean cancelled;

        Scheduled(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final Deque<Runnable> ready = new ArrayDeque<>();
    private final List<Scheduled> timers = new ArrayList<>();
    private long now = 1_700_000_000_000L;
    public final FakeClock clock = new FakeClock();

    @Override
    public void execute(Runnable task) {
        ready.add(task);
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        Scheduled s = new Scheduled(now + delay.toMillis(), task);
        timers.add(s);
        return s;
    }

    /** Runs queued tasks until none is left. */
    public void runPending() {
        while (!ready.isEmpty()) {
            ready.poll().run();
        }
    }

    /** Moves the clock, running timers as they fall due. */
    public void advance(Duration d) {
        long end = now + d.toMillis();
        while (true) {
            runPending();
            Scheduled next = null;
            for (Scheduled s : timers) {
                if (!s.cancelled && s.due <= end && (next == null || s.due < next.due)) {
                    next = s;
                }
            }
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = Math.max(now, next.due);
            next.task.run();
        }
        now = end;
        runPending();
    }

    /** Live timers not yet due. */
    public int pendingTimers() {
        return (int) timers.stream().filter(s -> !s.cancelled).count();
    }
}

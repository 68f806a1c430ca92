package io.rosipsec.ipsec.net;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.rosipsec.ipsec.EngineScheduler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The production {@link EngineScheduler} (guideline 5): the Netty event loop that owns the
 * router's UDP channels runs every engine task and timer, one at a time. A task that throws is
 * caught here so that one bad event never stops the loop.
 */
public final class EventLoopScheduler implements EngineScheduler {
    private final EventLoop loop;
    private final Runnable onError;

    /**
     * @param loop the channel's event loop
     * @param onError called (on the loop) after a task threw
     */
    public EventLoopScheduler(EventLoop loop, Runnable onError) {
        this.loop = loop;
        this.onError = onError;
    }

    /** Whether the caller runs on the loop. */
    public boolean inLoop() {
        return loop.inEventLoop();
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(guarded(task));
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = loop.schedule(guarded(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                onError.run();
            }
        };
    }
}

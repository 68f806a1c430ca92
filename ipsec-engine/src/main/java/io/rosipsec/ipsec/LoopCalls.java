package io.rosipsec.ipsec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the facade's public methods, callable from any thread, reach the engine's state, which lives on its event loop
 * (guideline 5): the work runs there, on the runtime current when it runs, and the caller waits at most {@value
 * EngineRuntime#CALL_TIMEOUT_MS} ms; a stopped engine, a failure or a timeout give the caller's fallback.
 */
final class LoopCalls {
    private final Supplier<EngineRuntime> current;

    /** @param current the engine's running state, {@code null} while stopped */
    LoopCalls(Supplier<EngineRuntime> current) {
        this.current = current;
    }

    /** The running state, {@code null} while stopped. */
    EngineRuntime current() {
        return current.get();
    }

    /** Runs {@code work} on the loop (directly when already there) and returns its result, or {@code whenStopped}. */
    <T> T call(Function<EngineRuntime, T> work, T whenStopped) {
        EngineRuntime r = current.get();
        if (r == null) {
            return whenStopped;
        }
        Supplier<T> onLoop = () -> work.apply(current.get());
        if (r.scheduler.inLoop()) {
            return onLoop.get();
        }
        try {
            return CompletableFuture.supplyAsync(onLoop, r.transport.eventLoop())
                    .get(EngineRuntime.CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return whenStopped;
        } catch (ExecutionException | TimeoutException e) {
            return whenStopped;
        }
    }
}

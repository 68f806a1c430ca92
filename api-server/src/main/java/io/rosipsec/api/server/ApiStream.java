package io.rosipsec.api.server;

import io.netty.channel.EventLoop;
import io.rosipsec.menu.MenuException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A command that keeps running after its first replies: {@code listen}, {@code print =follow=}, {@code print
 * =follow-only=} and {@code print =interval=} (routeros-api.md §1.4, §1.8). It sends {@code !re} sentences as
 * things change and never sends {@code !done} by itself; it ends through {@code /cancel} (the session then writes
 * {@code !trap =category=2 =message=interrupted} and the {@code !done}s) or when the connection closes.
 *
 * <p>All work happens on the connection's event loop, so a stream's replies never interleave inside a sentence
 * with other replies and need no locking. If a tick fails (the menu refuses the read), the stream sends the trap
 * and its {@code !done} and ends itself.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Tags"</a>
 */
abstract class ApiStream {
    protected final ApiExchange out;
    protected final EventLoop loop;
    private Consumer<ApiStream> onEnd = s -> {};
    private boolean stopped;

    protected ApiStream(ApiExchange out, EventLoop loop) {
        this.out = out;
        this.loop = loop;
    }

    /** The tag of the request that started the stream, the key of {@code /cancel =tag=}. */
    final Optional<String> tag() {
        return out.tag();
    }

    /** The replies of the request that started the stream. */
    final ApiExchange exchange() {
        return out;
    }

    /** Starts the stream; {@code onEnd} is told if the stream ends by itself after a failure. */
    final void start(Consumer<ApiStream> onEnd) {
        this.onEnd = onEnd;
        begin();
    }

    /** Stops sending, without writing anything. Idempotent. */
    final void stop() {
        if (!stopped) {
            stopped = true;
            end();
        }
    }

    final boolean stopped() {
        return stopped;
    }

    /** Runs one unit of work on the event loop, ending the stream with a trap if the menu refuses it. */
    protected final void tick(Runnable work) {
        if (stopped) {
            return;
        }
        try {
            work.run();
        } catch (MenuException e) {
            out.trap(ApiTrap.of(e));
            out.done();
            stop();
            onEnd.accept(this);
        }
        out.flush();
    }

    /** Registers timers or listeners. */
    protected abstract void begin();

    /** Releases timers or listeners. */
    protected abstract void end();
}

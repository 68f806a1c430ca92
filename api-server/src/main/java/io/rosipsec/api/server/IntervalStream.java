package io.rosipsec.api.server;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code print =interval=<time>} (routeros-api.md §1.4): every interval, the matching items are printed again as
 * {@code !re} sentences, starting at once, until {@code /cancel}. The interval is clamped to at least {@link
 * #MIN_MILLIS} ms so a client cannot make the router print in a busy loop.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "print"</a>
 */
final class IntervalStream extends ApiStream {
    /** Shortest accepted interval. */
    static final long MIN_MILLIS = 100;

    private final Supplier<List<Map<String, String>>> rows;
    private final Optional<List<String>> proplist;
    private final long millis;
    private ScheduledFuture<?> timer;

    IntervalStream(ApiExchange out, EventLoop loop, Supplier<List<Map<String, String>>> rows,
            Optional<List<String>> proplist, long millis) {
        super(out, loop);
        this.rows = rows;
        this.proplist = proplist;
        this.millis = Math.max(MIN_MILLIS, millis);
    }

    @Override
    protected void begin() {
        Runnable print = () -> tick(() -> rows.get().forEach(item -> out.re(ApiRows.project(item, proplist))));
        print.run();
        if (!stopped()) {
            timer = loop.scheduleAtFixedRate(print, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void end() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}

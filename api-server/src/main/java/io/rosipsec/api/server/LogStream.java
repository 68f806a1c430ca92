package io.rosipsec.api.server;

import io.netty.channel.EventLoop;
import io.rosipsec.router.RouterLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code /log/listen} and {@code /log/print =follow=}/{@code =follow-only=}: each new log entry is sent as one
 * {@code !re} as soon as the router logs it ({@link RouterLog#listen}); {@code follow} first sends the entries
 * already in the buffer. Log entries are never changed or removed, so there are no {@code .dead} replies. The
 * router calls the listener on whatever thread logged; the entry is handed to the connection's event loop.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/328094/Log">RouterOS /log</a>
 */
final class LogStream extends ApiStream {
    private final RouterLog log;
    private final Supplier<List<Map<String, String>>> current;
    private final Function<Map<String, String>, Map<String, String>> format;
    private final Predicate<Map<String, String>> query;
    private final Optional<List<String>> proplist;
    private final boolean sendCurrent;
    private final Consumer<Map<String, String>> listener = this::logged;

    /**
     * @param current the buffer's entries as API attributes (for {@code follow})
     * @param format one raw log entry ({@code .id}, {@code time}, {@code topics}, {@code message}) to API attributes
     */
    LogStream(ApiExchange out, EventLoop loop, RouterLog log, Supplier<List<Map<String, String>>> current,
            Function<Map<String, String>, Map<String, String>> format, Predicate<Map<String, String>> query,
            Optional<List<String>> proplist, boolean sendCurrent) {
        super(out, loop);
        this.log = log;
        this.current = current;
        this.format = format;
        this.query = query;
        this.proplist = proplist;
        this.sendCurrent = sendCurrent;
    }

    @Override
    protected void begin() {
        if (sendCurrent) {
            tick(() -> current.get().forEach(item -> out.re(ApiRows.project(item, proplist))));
        }
        if (!stopped()) {
            log.listen(listener);
        }
    }

    private void logged(Map<String, String> entry) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(entry);
        loop.execute(() -> tick(() -> {
            Map<String, String> item = format.apply(copy);
            if (query.test(item)) {
                out.re(ApiRows.project(item, proplist));
            }
        }));
    }

    @Override
    protected void end() {
        log.unlisten(listener);
    }
}

package io.rosipsec.api.server;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import io.rosipsec.api.wire.ApiSentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code listen} and {@code print =follow=}/{@code =follow-only=} over a configuration menu (routeros-api.md §1.4,
 * §1.8): the menu is read every {@link #POLL_MILLIS} ms on the connection's event loop and compared with the last
 * read. A new or changed item is sent as a full {@code !re}; an item that is gone (or no longer matches the query)
 * as {@code !re =.id=*A =.dead=true}, as in the captured {@code /ip/address/listen}. Each tick reads one menu, so
 * the work per connection is bounded by the number of its streams.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "listen"</a>
 */
final class MenuWatchStream extends ApiStream {
    /** How often the menu is compared with the last read. */
    static final long POLL_MILLIS = 200;

    private final Supplier<List<Map<String, String>>> rows;
    private final Optional<List<String>> proplist;
    private final boolean sendCurrent;
    private Map<String, Map<String, String>> last = new LinkedHashMap<>();
    private ScheduledFuture<?> timer;

    /**
     * @param rows the matching items as full API attributes ({@code .id} first), read anew on each call
     * @param proplist what to send of each item
     * @param sendCurrent {@code follow}: send the current items first; {@code follow-only}/{@code listen}: only
     *     changes
     */
    MenuWatchStream(ApiExchange out, EventLoop loop, Supplier<List<Map<String, String>>> rows,
            Optional<List<String>> proplist, boolean sendCurrent) {
        super(out, loop);
        this.rows = rows;
        this.proplist = proplist;
        this.sendCurrent = sendCurrent;
    }

    @Override
    protected void begin() {
        tick(() -> {
            last = index(rows.get());
            if (sendCurrent) {
                last.values().forEach(item -> out.re(ApiRows.project(item, proplist)));
            }
        });
        if (!stopped()) {
            timer = loop.scheduleAtFixedRate(() -> tick(this::compare), POLL_MILLIS, POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void compare() {
        Map<String, Map<String, String>> now = index(rows.get());
        for (Map.Entry<String, Map<String, String>> e : now.entrySet()) {
            if (!e.getValue().equals(last.get(e.getKey()))) {
                out.re(ApiRows.project(e.getValue(), proplist));
            }
        }
        for (String id : last.keySet()) {
            if (!now.containsKey(id) && !id.isEmpty()) {
                Map<String, String> dead = new LinkedHashMap<>();
                dead.put(ApiSentence.ID, id);
                dead.put(".dead", "true");
                out.re(dead);
            }
        }
        last = now;
    }

    private static Map<String, Map<String, String>> index(List<Map<String, String>> items) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, String> item : items) {
            out.put(item.getOrDefault(ApiSentence.ID, ""), item);
        }
        return out;
    }

    @Override
    protected void end() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}

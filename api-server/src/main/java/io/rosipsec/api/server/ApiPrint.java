package io.rosipsec.api.server;

import io.netty.channel.EventLoop;
import io.rosipsec.api.wire.ApiQuery;
import io.rosipsec.api.wire.ApiQueryException;
import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.PropDef;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code print}, {@code getall} and {@code listen} (routeros-api.md §1.4, §1.5):
 *
 * <ul>
 *   <li>items are read with {@link MenuService#rows}, turned into API attributes by {@link ApiRows}, filtered by
 *       {@code =from=} (ids or names) and by the {@code ?} query words ({@link ApiQuery}, evaluated on the full
 *       item), then cut down to {@code =.proplist=};
 *   <li>{@code =count-only=} answers {@code !done =ret=N};
 *   <li>a plain print sends one {@code !re} per item and {@code !done}; when nothing matches and the router is 7.18
 *       or later, {@code !empty} comes before the {@code !done} (§1.6, V);
 *   <li>{@code =detail=}, {@code =without-paging=}, {@code =as-value=} and the other console print flags change
 *       nothing in the API's output and are accepted;
 *   <li>{@code listen}, {@code =follow=}, {@code =follow-only=} and {@code =interval=} return an {@link ApiStream}
 *       that runs until {@code /cancel}; {@code /log} streams use the router's log listener, other menus are
 *       polled.
 * </ul>
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "print"</a>
 */
final class ApiPrint {
    /** The first version that answers an empty print with {@code !empty}. */
    static final String EMPTY_SINCE = "7.18";

    private final Router router;

    ApiPrint(Router router) {
        this.router = router;
    }

    /**
     * Runs the print. Returns the stream when the command keeps running; otherwise its replies, {@code !done}
     * included, are written.
     *
     * @throws ApiCommandException for a malformed query or interval
     * @throws io.rosipsec.menu.MenuException when the menu refuses the read (unknown {@code from} item, policy)
     */
    Optional<ApiStream> run(Session session, ApiCommand command, ApiArguments args, ApiSentence request,
            ApiExchange out, EventLoop loop) throws ApiCommandException {
        ApiQuery query;
        try {
            query = ApiQuery.compile(request.queryWords());
        } catch (ApiQueryException e) {
            throw new ApiCommandException(ApiTrap.of(e.trapMessage()));
        }
        MenuDef menu = command.menu();
        Optional<List<String>> proplist = request.proplist();
        Set<String> from = from(command, args);
        Supplier<List<Map<String, String>>> rows = () -> {
            List<Map<String, String>> matching = new ArrayList<>();
            for (MenuService.Row row : router.menus().rows(session, menu.path())) {
                Map<String, String> item = ApiRows.attributes(menu, row, session);
                if ((from == null || from.contains(row.id())) && query.test(item)) {
                    matching.add(item);
                }
            }
            return matching;
        };
        boolean listen = command.verb().equals(ApiCommand.LISTEN);
        boolean follow = args.has("follow");
        boolean followOnly = args.has("follow-only");
        if (listen || follow || followOnly) {
            if (menu.path().equals("/log")) {
                return Optional.of(new LogStream(out, loop, router.log(), rows,
                        entry -> ApiRows.attributes(menu, statusRow(menu, entry), session), query, proplist,
                        follow && !listen && !followOnly));
            }
            rows.get();
            return Optional.of(new MenuWatchStream(out, loop, rows, proplist, follow && !listen && !followOnly));
        }
        if (args.has("interval") && !args.values().get("interval").isEmpty()) {
            long nanos = RosTime.tryParse(args.values().get("interval")).orElse(-1);
            if (nanos < 0) {
                throw new ApiCommandException(
                        ApiTrap.of(ApiTrapCategory.ARGUMENT_VALUE, "invalid value for argument interval"));
            }
            rows.get();
            return Optional.of(new IntervalStream(out, loop, rows, proplist, nanos / 1_000_000L));
        }
        List<Map<String, String>> items = rows.get();
        if (args.has("count-only")) {
            out.done(Map.of("ret", Integer.toString(items.size())));
            return Optional.empty();
        }
        for (Map<String, String> item : items) {
            out.re(ApiRows.project(item, proplist));
        }
        if (items.isEmpty() && router.version().atLeast(EMPTY_SINCE)) {
            out.empty();
        }
        out.done();
        return Optional.empty();
    }

    /** Ids selected by {@code =from=}, or null when the print has no {@code from}. */
    private Set<String> from(ApiCommand command, ApiArguments args) {
        String from = args.values().get("from");
        if (from == null || from.isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (String ref : from.split(",")) {
            if (!ref.isEmpty()) {
                ids.add(router.menus().resolveOne(command.path(), ref));
            }
        }
        return ids;
    }

    /** A raw status entry as {@link MenuService#rows} would show it: the menu's properties in order, defaults in. */
    private static MenuService.Row statusRow(MenuDef menu, Map<String, String> entry) {
        Map<String, String> values = new LinkedHashMap<>();
        for (PropDef p : menu.props()) {
            String v = entry.get(p.name());
            if (v == null) {
                v = p.defaultValue();
            }
            if (v != null) {
                values.put(p.name(), v);
            }
        }
        return new MenuService.Row(entry.getOrDefault(ApiSentence.ID, ""), values);
    }
}

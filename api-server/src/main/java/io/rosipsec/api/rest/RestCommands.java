package io.rosipsec.api.rest;

import io.netty.handler.codec.http.HttpMethod;
import io.rosipsec.api.server.ApiArguments;
import io.rosipsec.api.server.ApiCommand;
import io.rosipsec.api.server.ApiCommandException;
import io.rosipsec.api.server.ApiRows;
import io.rosipsec.api.server.MenuCommandRunner;
import io.rosipsec.api.server.ApiTrap;
import io.rosipsec.api.wire.ApiQuery;
import io.rosipsec.api.wire.ApiQueryException;
import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuKind;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The REST methods as menu operations (routeros-api.md §2.2, §2.3), on the same {@link MenuService} and with the
 * same argument checks, queries and value forms as the binary API ({@link ApiCommand}, {@link ApiArguments},
 * {@link ApiQuery}, {@link ApiRows}):
 *
 * <pre>
 *   GET    /rest/menu[?p=v&amp;.proplist=a,b]   print, filtered           array (object for a single-value menu)
 *   GET    /rest/menu/*1 | /name            print one                 object; 404 if missing
 *   PUT    /rest/menu {props}               add                       the created object
 *   PATCH  /rest/menu/*1 {props}            set (=!p= unsets)         the updated object
 *   PATCH  /rest/single-menu {props}        set                       the object
 *   DELETE /rest/menu/*1                    remove                    204, empty body
 *   POST   /rest/menu/verb {args}           any command               §2.3: !re → array,
 *                                                                     data in !done → object, else []
 * </pre>
 *
 * <p>Refusals ({@link RestError}): a {@code !trap} is 400 with the API's trap text as {@code detail} (the REST API
 * is "a JSON wrapper over the API", §2.1); an unknown id or name in the URL is 404 without detail; a method whose
 * verb the menu lacks is 406 {@code no such command or directory (verb)}; GET of a command path is 400 {@code no
 * such command}; a name in the URL of a menu without names is 400 {@code no such command prefix} (§2.5). PATCH or
 * DELETE of a list menu without an item is refused as the console refuses {@code set}/{@code remove} without
 * items, {@code missing value(s) of argument(s) numbers} (an inference).
 *
 * <p>Commands that keep running in the API ({@code listen}, {@code print follow}, {@code print interval=}) return
 * {@link Optional#empty()}: REST has no streaming, so the request runs into the router's 60 s cut-off (§2.1).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API</a>
 */
final class RestCommands {
    private final Router router;
    private final MenuCommandRunner runner;

    RestCommands(Router router) {
        this.router = router;
        this.runner = new MenuCommandRunner(router::menus);
    }

    /** The router's current menu model (a reboot builds a new one; keep-alive connections outlive it). */
    private MenuService menus() {
        return router.menus();
    }

    /**
     * Runs one request.
     *
     * @param params the URL's query parameters (GET only), in order
     * @param body the request body, already parsed (empty for GET and DELETE)
     * @return the reply, or empty when the command never ends on its own
     * @throws RestError for every refusal
     */
    Optional<RestResponse> run(Session s, HttpMethod method, RestRoute route, List<Map.Entry<String, String>> params,
            Map<String, Object> body) throws RestError {
        try {
            if (method.equals(HttpMethod.GET)) {
                return Optional.of(get(s, route, params));
            }
            if (method.equals(HttpMethod.PUT)) {
                return Optional.of(put(s, route, body));
            }
            if (method.equals(HttpMethod.PATCH)) {
                return Optional.of(patch(s, route, body));
            }
            if (method.equals(HttpMethod.DELETE)) {
                return Optional.of(delete(s, route));
            }
            return post(s, route, body);
        } catch (MenuException e) {
            throw RestError.badRequest(ApiTrap.of(e).message());
        } catch (ApiCommandException e) {
            throw RestError.badRequest(e.traps().get(0).message());
        }
    }

    // ------------------------------------------------------------------ GET

    private RestResponse get(Session s, RestRoute route, List<Map.Entry<String, String>> params)
            throws RestError, ApiCommandException {
        MenuDef menu = route.menu().orElseThrow(() -> noSuchCommandOrDirectory(route));
        if (menu.kind() == MenuKind.DIR || !menu.hasCommand("print")) {
            throw noSuchCommandOrDirectory(route);
        }
        Optional<List<String>> proplist = Optional.empty();
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, String> p : params) {
            if (p.getKey().equals(ApiSentence.PROPLIST)) {
                proplist = Optional.of(names(p.getValue()));
            } else {
                words.add("?=" + p.getKey() + "=" + p.getValue());
            }
        }
        if (route.tail().isPresent()) {
            String id = itemId(route, menu);
            return RestResponse.ok(RestJson.object(text(ApiRows.project(row(s, menu, id), proplist))));
        }
        List<Map<String, String>> rows = print(s, menu, query(words), null);
        if (menu.isSingle()) {
            Map<String, String> one = rows.isEmpty() ? Map.of() : rows.get(0);
            return RestResponse.ok(RestJson.object(text(ApiRows.project(one, proplist))));
        }
        return RestResponse.ok(array(rows, proplist));
    }

    // ------------------------------------------------------------------ PUT, PATCH, DELETE

    private RestResponse put(Session s, RestRoute route, Map<String, Object> body)
            throws RestError, ApiCommandException {
        if (route.tail().isPresent()) {
            throw RestError.badRequest("no such command or directory (" + route.tail().get() + ")");
        }
        ApiCommand add = verb(route, "add");
        ApiArguments args = ApiArguments.of(add, RestArguments.sentence(add.path() + "/add", body, null, false));
        String id = menus().add(s, route.path(), args.values());
        return RestResponse.ok(RestJson.object(text(row(s, add.menu(), id))));
    }

    private RestResponse patch(Session s, RestRoute route, Map<String, Object> body)
            throws RestError, ApiCommandException {
        ApiCommand set = verb(route, "set");
        MenuDef menu = set.menu();
        String id = null;
        if (route.tail().isPresent()) {
            id = itemId(route, menu);
        } else if (!menu.isSingle()) {
            throw RestError.badRequest("missing value(s) of argument(s) numbers");
        }
        ApiArguments args = ApiArguments.of(set, RestArguments.sentence(set.path() + "/set", body, id, false));
        menus().set(s, route.path(), id == null ? List.of() : List.of(id), args.values(), args.unset());
        if (id == null) {
            List<Map<String, String>> rows = print(s, menu, ApiQuery.matchAll(), null);
            return RestResponse.ok(RestJson.object(text(rows.isEmpty() ? Map.of() : rows.get(0))));
        }
        return RestResponse.ok(RestJson.object(text(row(s, menu, id))));
    }

    private RestResponse delete(Session s, RestRoute route) throws RestError {
        ApiCommand remove = verb(route, "remove");
        if (route.tail().isEmpty()) {
            throw RestError.badRequest("missing value(s) of argument(s) numbers");
        }
        String id = itemId(route, remove.menu());
        menus().remove(s, route.path(), List.of(id));
        return RestResponse.noContent();
    }

    // ------------------------------------------------------------------ POST

    private Optional<RestResponse> post(Session s, RestRoute route, Map<String, Object> body)
            throws RestError, ApiCommandException {
        String word = route.path() + "/" + route.tail().orElse("");
        ApiCommand command = ApiCommand.resolve(router.schema(), word);
        ApiSentence request = RestArguments.sentence(word, body, null, command.printing());
        ApiArguments args = ApiArguments.of(command, request);
        if (command.printing()) {
            return print(s, command, args, request);
        }
        if (command.verb().equals("get")) {
            return ret(get(s, command, args));
        }
        Optional<String> ret = runner.run(s, command, args);
        return ret.isPresent() ? ret(ret.get()) : Optional.of(RestResponse.ok("[]"));
    }

    private Optional<RestResponse> print(Session s, ApiCommand command, ApiArguments args, ApiSentence request)
            throws RestError, ApiCommandException {
        if (command.verb().equals(ApiCommand.LISTEN) || args.has("follow") || args.has("follow-only")
                || (args.has("interval") && !args.values().get("interval").isEmpty())) {
            return Optional.empty();
        }
        Set<String> from = null;
        String fromRefs = args.values().get("from");
        if (fromRefs != null && !fromRefs.isEmpty()) {
            from = new HashSet<>();
            for (String ref : names(fromRefs)) {
                from.add(menus().resolveOne(command.path(), ref));
            }
        }
        List<Map<String, String>> rows = print(s, command.menu(), query(request.queryWords()), from);
        if (args.has("count-only")) {
            return ret(Integer.toString(rows.size()));
        }
        return Optional.of(RestResponse.ok(array(rows, request.proplist())));
    }

    private String get(Session s, ApiCommand command, ApiArguments args) {
        String prop = args.values().get("value-name");
        String value = runner.getValue(s, command, args);
        String printed = ApiRows.attributes(command.menu(), new MenuService.Row("", Map.of(prop, value)), s).get(prop);
        return printed == null ? value : printed;
    }

    // ------------------------------------------------------------------ shared

    /** The API attributes of every row of {@code menu} that {@code from} (null: all) and {@code query} select. */
    private List<Map<String, String>> print(Session s, MenuDef menu, ApiQuery query, Set<String> from) {
        List<Map<String, String>> out = new ArrayList<>();
        for (MenuService.Row row : menus().rows(s, menu.path())) {
            Map<String, String> item = ApiRows.attributes(menu, row, s);
            if ((from == null || from.contains(row.id())) && query.test(item)) {
                out.add(item);
            }
        }
        return out;
    }

    /** The API attributes of item {@code id}; 404 when it went away meanwhile. */
    private Map<String, String> row(Session s, MenuDef menu, String id) throws RestError {
        for (MenuService.Row row : menus().rows(s, menu.path())) {
            if (row.id().equals(id)) {
                return ApiRows.attributes(menu, row, s);
            }
        }
        throw RestError.notFound();
    }

    /** The id of the URL's item: 404 when there is none, 400 for a name in a menu without names. */
    private String itemId(RestRoute route, MenuDef menu) throws RestError {
        String ref = route.tail().orElseThrow();
        if (menu.hasCommand(ref) || ref.equals(ApiCommand.GETALL)) {
            throw RestError.badRequest("no such command");
        }
        if (!menu.isList()) {
            throw RestError.badRequest("no such command or directory (" + ref + ")");
        }
        if (!ref.startsWith("*") && menu.keyProp().isEmpty() && !menu.readOnly()) {
            throw RestError.badRequest("no such command prefix");
        }
        try {
            return menus().resolveOne(menu.path(), ref);
        } catch (MenuException e) {
            throw RestError.notFound();
        }
    }

    /** The command behind a method; 406 when the menu lacks it. */
    private ApiCommand verb(RestRoute route, String verb) throws RestError {
        if (route.menu().isEmpty()) {
            throw RestError.notAcceptable(verb);
        }
        try {
            return ApiCommand.resolve(router.schema(), route.path() + "/" + verb);
        } catch (ApiCommandException e) {
            throw RestError.notAcceptable(verb);
        }
    }

    private static RestError noSuchCommandOrDirectory(RestRoute route) {
        return route.tail().isPresent()
                ? RestError.badRequest("no such command or directory (" + route.tail().get() + ")")
                : RestError.badRequest("no such command");
    }

    private static ApiQuery query(List<String> words) throws ApiCommandException {
        try {
            return ApiQuery.compile(words);
        } catch (ApiQueryException e) {
            throw new ApiCommandException(ApiTrap.of(e.trapMessage()));
        }
    }

    private static Optional<RestResponse> ret(String value) {
        return Optional.of(RestResponse.ok(RestJson.object(Map.of("ret", RestText.of(value)))));
    }

    private static String array(List<Map<String, String>> rows, Optional<List<String>> proplist) {
        List<Map<String, String>> items = new ArrayList<>();
        for (Map<String, String> row : rows) {
            items.add(text(ApiRows.project(row, proplist)));
        }
        return RestJson.array(items);
    }

    private static Map<String, String> text(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, RestText.of(v)));
        return out;
    }

    private static List<String> names(String commaList) {
        List<String> out = new ArrayList<>();
        for (String n : commaList.split(",")) {
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}

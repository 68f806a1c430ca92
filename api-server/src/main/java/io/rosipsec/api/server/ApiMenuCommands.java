package io.rosipsec.api.server;

import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the non-printing verbs of the API on the {@link MenuService}, one command one transaction, and writes their
 * final reply (routeros-api.md §1.4):
 *
 * <pre>
 *   add      =prop=value...                     !done =ret=*ID
 *   set      =.id=|=numbers= =prop=v =!prop=     !done
 *   unset    =.id= =value-name=prop             !done
 *   remove / enable / disable   =.id=*1,*2      !done
 *   comment  =.id= =comment=text                !done
 *   reset    =.id= [=prop=]                     !done
 *   move     =numbers= [=destination=]          !done
 *   get      =number=|=.id= =value-name=prop    !done =ret=value
 *   find                                       !done =ret=*1;*2   (ids joined with ';', as :find returns them)
 *   other menu actions (flush, ...)            !done
 * </pre>
 *
 * <p>A refused command ({@link MenuException}) changed nothing; the caller turns it into {@code !trap} + {@code
 * !done}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Command word"</a>
 */
final class ApiMenuCommands {
    private final MenuService menus;

    ApiMenuCommands(MenuService menus) {
        this.menus = menus;
    }

    /** Runs {@code command} and writes its {@code !done}; throws {@link MenuException} on refusal. */
    void run(Session session, ApiCommand command, ApiArguments args, ApiExchange out) {
        String path = command.path();
        List<String> refs = args.refs();
        Map<String, String> values = args.values();
        switch (command.verb()) {
            case "add":
                out.done(Map.of("ret", menus.add(session, path, values)));
                return;
            case "set":
                menus.set(session, path, refs, values, args.unset());
                break;
            case "unset": {
                List<String> props = new ArrayList<>(args.unset());
                String names = values.get("value-name");
                if (names != null) {
                    for (String name : names.split(",")) {
                        if (!name.isEmpty()) {
                            props.add(name);
                        }
                    }
                }
                menus.set(session, path, refs, Map.of(), props);
                break;
            }
            case "remove":
                menus.remove(session, path, refs);
                break;
            case "enable":
            case "disable":
                menus.setDisabled(session, path, refs, command.verb().equals("disable"));
                break;
            case "comment":
                if (values.containsKey("comment")) {
                    menus.set(session, path, refs, Map.of("comment", values.get("comment")), List.of());
                } else {
                    menus.set(session, path, refs, Map.of(), List.of("comment"));
                }
                break;
            case "reset":
                menus.reset(session, path, refs, new ArrayList<>(values.keySet()));
                break;
            case "move": {
                String destination = values.get("destination");
                String destId = destination == null || destination.isEmpty() ? null
                        : menus.resolveOne(path, destination);
                menus.move(session, path, refs, destId);
                break;
            }
            case "get":
                out.done(Map.of("ret", get(session, command, args)));
                return;
            case "find": {
                List<String> ids = new ArrayList<>();
                for (MenuService.Row row : menus.rows(session, path)) {
                    ids.add(row.id());
                }
                out.done(Map.of("ret", String.join(";", ids)));
                return;
            }
            default:
                menus.action(session, path, command.verb(), refs, new LinkedHashMap<>(values));
                break;
        }
        out.done();
    }

    private String get(Session session, ApiCommand command, ApiArguments args) {
        String prop = args.values().get("value-name");
        if (prop == null || prop.isEmpty()) {
            throw new MenuException("missing value(s) of argument(s) value-name");
        }
        String ref = null;
        if (!command.menu().isSingle()) {
            if (args.refs().isEmpty()) {
                throw new MenuException("missing value(s) of argument(s) number");
            }
            ref = args.refs().get(0);
        }
        String value = menus.get(session, command.path(), ref, prop);
        String wire = command.menu().prop(prop).map(p -> ApiRows.wire(p.kind(), value)).orElse(value);
        return command.menu().readOnly() ? ApiStatusNumbers.raw(wire) : wire;
    }
}

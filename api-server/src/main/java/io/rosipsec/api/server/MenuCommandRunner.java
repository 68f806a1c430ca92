package io.rosipsec.api.server;

import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
  * The non-printing menu verbs as the binary API and REST's {@code POST /rest/<menu>/<command>} both run them on the
  * {@link MenuService}, one command one transaction (routeros-api.md §1.4, §2):
  *
  * <pre>
  *   add      =prop=value...                     ret = *ID
  *   set      =.id=|=numbers= =prop=v =!prop=
  *   unset    =.id= =value-name=prop[,prop]
  *   remove / enable / disable   =.id=*1,*2
  *   comment  =.id= [=comment=text]              (no comment: unset)
  *   reset    =.id= [=prop=]
  *   move     =numbers= [=destination=]
  *   find                                       ret = *1;*2   (ids joined with ';', as :find returns them)
  *   other menu actions (flush, sign, ...)
  * </pre>
  *
  * {@code get} is split: {@link #getValue} finds the printed value, each front end renders it in its own form. A
  * refused command throws {@link MenuException} and changed nothing.
  */
public final class MenuCommandRunner {
    private final Supplier<MenuService> current;

    /** @param current the router's menu model now (a reboot replaces it) */
    public MenuCommandRunner(Supplier<MenuService> current) {
        this.current = current;
    }

    /**
      * Runs a non-printing verb other than {@code get}.
      *
      * @return the {@code ret} value ({@code add}'s new id, {@code find}'s ids), or empty for a bare done
      */
    public Optional<String> run(Session session, ApiCommand command, ApiArguments args) {
        MenuService menus = current.get();
        String path = command.path();
        List<String> refs = args.refs();
        Map<String, String> values = args.values();
        switch (command.verb()) {
            case "add":
                return Optional.of(menus.add(session, path, values));
            case "set":
                menus.set(session, path, refs, values, args.unset());
                break;
            case "unset": {
                List<String> props = new ArrayList<>(args.unset());
                for (String name : values.getOrDefault("value-name", "").split(",")) {
                    if (!name.isEmpty()) {
                        props.add(name);
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
                menus.move(session, path, refs, destination == null || destination.isEmpty() ? null
                        : menus.resolveOne(path, destination));
                break;
            }
            case "find": {
                List<String> ids = new ArrayList<>();
                for (MenuService.Row row : menus.rows(session, path)) {
                    ids.add(row.id());
                }
                return Optional.of(String.join(";", ids));
            }
            default:
                menus.action(session, path, command.verb(), refs, new LinkedHashMap<>(values));
                break;
        }
        return Optional.empty();
    }

    /** {@code get}: the printed value of {@code value-name} of the item {@code number} (none for single menus). */
    public String getValue(Session session, ApiCommand command, ApiArguments args) {
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
        return current.get().get(session, command.path(), ref, prop);
    }
}

package io.rosipsec.api.server;

import io.rosipsec.menu.CommandDef;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A command word resolved against the menu {@link Schema} (routeros-api.md §1.3, §1.4): {@code
 * /ip/ipsec/peer/print} is the menu {@code /ip/ipsec/peer} and the verb {@code print}. The API adds two verbs to
 * every menu that has {@code print}: {@code getall} (an alias of {@code print}) and {@code listen}; both take the
 * arguments of {@code print}.
 *
 * <p>Refusals follow §1.9: an unknown path segment gives {@code !trap =category=0 =message=no such command or
 * directory (segment)} and {@code !trap =message=no such command prefix}; an unknown verb at a valid path gives the
 * first trap only (whether the second follows is unverified, §7 item 2); a path that names a menu without a verb
 * ({@code /ip/ipsec/peer}) gives {@code no such command prefix} alone. A command word that does not start with
 * {@code /} (node-routeros' {@code #} keep-alive) is treated as an unknown first segment, so the client still gets
 * replies with its tag (§3.6).
 *
 * @param menu the menu the command runs in
 * @param verb the verb as the schema names it ({@code getall} is kept, so replies can tell it apart)
 * @param def the schema's command, whose {@link CommandDef#args()} are the accepted attribute names
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Command word"</a>
 */
public record ApiCommand(MenuDef menu, String verb, CommandDef def) {
    /** The alias of {@code print} in the API. */
    public static final String GETALL = "getall";
    /** The API's change stream over a menu. */
    public static final String LISTEN = "listen";
    /**
     * Verbs that only make sense on a terminal: {@code edit} opens the console editor and {@code export} prints a
     * script to the terminal. The API answers them as unknown verbs (an inference; unverified against a router).
     */
    private static final java.util.Set<String> CONSOLE_ONLY = java.util.Set.of("edit", "export");

    /** Whether the verb prints rows ({@code print}, {@code getall}, {@code listen}). */
    public boolean printing() {
        return verb.equals("print") || verb.equals(GETALL) || verb.equals(LISTEN);
    }

    /** The menu path, e.g. {@code /ip/ipsec/peer}. */
    public String path() {
        return menu.path();
    }

    /**
     * Resolves a command word.
     *
     * @throws ApiCommandException with the router's traps for an unknown menu or verb
     */
    public static ApiCommand resolve(Schema schema, String word) throws ApiCommandException {
        String body = word.startsWith("/") ? word.substring(1) : word;
        String[] segments = body.split("/", -1);
        String verb = segments[segments.length - 1];
        String path = "";
        for (int i = 0; i < segments.length - 1; i++) {
            String next = path + "/" + segments[i];
            if (segments[i].isEmpty() || !schema.exists(next)) {
                throw unknownPath(segments[i]);
            }
            path = next;
        }
        if (verb.isEmpty()) {
            throw new ApiCommandException(ApiTrap.of("no such command prefix"));
        }
        if (!word.startsWith("/")) {
            throw unknownPath(verb);
        }
        MenuDef menu = schema.menu(path).orElse(null);
        if (menu == null && schema.exists(path + "/" + verb)) {
            throw new ApiCommandException(ApiTrap.of("no such command prefix"));
        }
        if (menu == null) {
            throw unknownVerb(verb);
        }
        CommandDef def = menu.commands().get(verb);
        if ((verb.equals(GETALL) || verb.equals(LISTEN)) && menu.hasCommand("print")) {
            CommandDef print = menu.commands().get("print");
            def = new CommandDef(verb, print.args(), print.since(), print.until());
        }
        if (def == null || !def.existsIn(schema.version()) || CONSOLE_ONLY.contains(verb)) {
            if (schema.exists(path + "/" + verb)) {
                throw new ApiCommandException(ApiTrap.of("no such command prefix"));
            }
            throw unknownVerb(verb);
        }
        return new ApiCommand(menu, verb, def);
    }

    private static ApiCommandException unknownPath(String segment) {
        List<ApiTrap> traps = new ArrayList<>();
        traps.add(ApiTrap.of(ApiTrapCategory.MISSING_ITEM_OR_COMMAND, "no such command or directory (" + segment + ")"));
        traps.add(ApiTrap.of("no such command prefix"));
        return new ApiCommandException(traps);
    }

    private static ApiCommandException unknownVerb(String verb) {
        return new ApiCommandException(
                ApiTrap.of(ApiTrapCategory.MISSING_ITEM_OR_COMMAND, "no such command or directory (" + verb + ")"));
    }
}

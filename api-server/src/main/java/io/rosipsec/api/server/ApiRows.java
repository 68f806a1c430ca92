package io.rosipsec.api.server;

import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.api.wire.ApiWords;
import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.MenuService.Row;
import io.rosipsec.menu.PropDef;
import io.rosipsec.menu.PropKind;
import io.rosipsec.menu.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the menu layer's printed rows into the attributes of an API {@code !re} (routeros-api.md §1.11, §6 item 4):
 *
 * <ul>
 *   <li>{@code .id} first ({@code *1A}); single-value menus have none;
 *   <li>properties in the menu's print order, as {@link io.rosipsec.menu.MenuService#rows} gives them: unset
 *       optional properties are absent, defaults are present, references are shown by name;
 *   <li>booleans as {@code true}/{@code false} (the console's {@code yes}/{@code no} is the stored form);
 *   <li>in status menus, sizes, frequencies and percentages as plain numbers ({@link ApiStatusNumbers});
 *   <li>secret properties only for a session with the {@code sensitive} policy;
 *   <li>values are byte strings on the wire: a value holding characters above U+00FF (typed on the console or sent
 *       as JSON) goes out as its UTF-8 bytes; values that came in over the API are echoed byte for byte (§6 item 1).
 * </ul>
 *
 * <p>Queries are evaluated on the full item; {@code .proplist} only restricts what is sent.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "print"</a>
 */
public final class ApiRows {
    private ApiRows() {}

    /** The API attributes of one row of {@code menu}, as seen by {@code session}. */
    public static Map<String, String> attributes(MenuDef menu, Row row, Session session) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!row.id().isEmpty()) {
            out.put(ApiSentence.ID, row.id());
        }
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            Optional<PropDef> p = menu.prop(e.getKey());
            if (p.isPresent() && p.get().secret() && !session.may("sensitive")) {
                continue;
            }
            String value = wire(p.map(PropDef::kind).orElse(PropKind.STRING), e.getValue());
            out.put(e.getKey(), menu.readOnly() ? ApiStatusNumbers.raw(value) : value);
        }
        return out;
    }

    /** {@code attributes} restricted to {@code proplist} (in the row's own order); unchanged when empty. */
    public static Map<String, String> project(Map<String, String> attributes, Optional<List<String>> proplist) {
        if (proplist.isEmpty()) {
            return attributes;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (proplist.get().contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** A stored value as the API prints it. */
    static String wire(PropKind kind, String value) {
        if (kind == PropKind.BOOL) {
            if (value.equals("yes")) {
                return "true";
            }
            if (value.equals("no")) {
                return "false";
            }
        }
        return ApiWords.firstNonByteChar(value) >= 0 ? ApiWords.fromUtf8(value) : value;
    }
}

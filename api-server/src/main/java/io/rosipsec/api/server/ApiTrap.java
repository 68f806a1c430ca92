package io.rosipsec.api.server;

import io.rosipsec.menu.MenuException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code !trap} to send: an optional category and the message (routeros-api.md §1.6, §1.9).
 *
 * <p>{@link #of(MenuException)} maps the menu layer's RouterOS text to the API's form:
 *
 * <ul>
 *   <li>a {@link MenuException#category()} of 0 or more is RouterOS's numeric error code, which the binary API
 *       appends in parentheses: {@code no such item (4)}, {@code not enough permissions (9)} (§1.9; no {@code
 *       =category=} word is seen with them in captures);
 *   <li>{@code no such command or directory (x)} is category 0 (§1.9, captured);
 *   <li>errors in an argument's value ({@code input does not match any value of profile}, {@code invalid value for
 *       argument address}, {@code value of port out of range (0..65535)}, {@code ambiguous value of ...}) are
 *       category 1 ("argument value failure", §1.6, V for the first shape);
 *   <li>anything else ({@code unknown parameter x}, {@code failure: ...}) carries no category: the captures show
 *       none (§1.9) and §6 item 6 asks for "categories only where real".
 * </ul>
 *
 * @param category the category, empty for a trap without {@code =category=}
 * @param message the {@code =message=} text
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Reply word"</a>
 */
public record ApiTrap(Optional<ApiTrapCategory> category, String message) {

    private static final List<String> VALUE_ERRORS =
            List.of("input does not match any value of", "invalid value for argument", "invalid value of",
                    "value of ", "ambiguous value of");

    /** A trap without category. */
    public static ApiTrap of(String message) {
        return new ApiTrap(Optional.empty(), message);
    }

    /** A trap with a category. */
    public static ApiTrap of(ApiTrapCategory category, String message) {
        return new ApiTrap(Optional.of(category), message);
    }

    /** The trap the binary API sends for a refused menu command. */
    public static ApiTrap of(MenuException e) {
        String text = e.getMessage() == null ? "failure" : e.getMessage();
        if (e.category() >= 0) {
            return of(text + " (" + e.category() + ")");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("no such command or directory")) {
            return of(ApiTrapCategory.MISSING_ITEM_OR_COMMAND, text);
        }
        for (String prefix : VALUE_ERRORS) {
            if (lower.startsWith(prefix)) {
                return of(ApiTrapCategory.ARGUMENT_VALUE, text);
            }
        }
        return of(text);
    }
}

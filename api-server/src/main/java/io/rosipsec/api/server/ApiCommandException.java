package io.rosipsec.api.server;

import java.util.List;

/**
 * A request the session refuses before or while running it: one or more {@code !trap}s, always followed by the
 * command's {@code !done} (routeros-api.md §1.9: "All error replies end with {@code !done}").
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Reply word"</a>
 */
public final class ApiCommandException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ApiTrap> traps;

    public ApiCommandException(List<ApiTrap> traps) {
        super(traps.isEmpty() ? "refused" : traps.get(traps.size() - 1).message(), null, false, false);
        if (traps.isEmpty()) {
            throw new IllegalArgumentException("at least one trap");
        }
        this.traps = List.copyOf(traps);
    }

    public ApiCommandException(ApiTrap trap) {
        this(List.of(trap));
    }

    /** The traps in the order they are sent. */
    public List<ApiTrap> traps() {
        return traps;
    }
}

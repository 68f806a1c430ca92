package io.rosipsec.api.server;

import java.util.Optional;

/**
 * The {@code =category=} of a {@code !trap} (routeros-api.md §1.6, vendor table). The router sends a category only
 * for some errors; where none is real the trap carries {@code =message=} alone.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Reply word"</a>
 */
public enum ApiTrapCategory {
    /** Missing item or command. */
    MISSING_ITEM_OR_COMMAND(0),
    /** Argument value failure. */
    ARGUMENT_VALUE(1),
    /** Execution of command interrupted. */
    INTERRUPTED(2),
    /** Scripting related failure. */
    SCRIPTING(3),
    /** A general failure. */
    GENERAL(4),
    /** API related failure. */
    API(5),
    /** TTY related failure. */
    TTY(6),
    /** Value generated with {@code :return}. */
    RETURN_VALUE(7);

    private final int wire;

    ApiTrapCategory(int wire) {
        this.wire = wire;
    }

    /** The number sent as {@code =category=}. */
    public int wire() {
        return wire;
    }

    /** The category with wire number {@code value}; empty for a number outside the vendor's table. */
    public static Optional<ApiTrapCategory> fromWire(int value) {
        for (ApiTrapCategory c : values()) {
            if (c.wire == value) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

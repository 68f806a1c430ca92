package io.rosipsec.api.wire;

import java.util.Optional;

/**
 * The reply word that starts every sentence the router sends (routeros-api.md §1.6). Each value owns its wire word.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Reply word"</a>
 */
public enum ApiReplyType {
    /** One data item. */
    RE("!re"),
    /** Last reply of every command; may carry {@code =ret=}. */
    DONE("!done"),
    /** Error or exceptional condition, followed later by {@code !done}. */
    TRAP("!trap"),
    /** The connection is about to close; the second word is the bare reason; never tagged. */
    FATAL("!fatal"),
    /** RouterOS 7.18+: nothing to return; followed by {@code !done}. */
    EMPTY("!empty");

    private final String wire;

    ApiReplyType(String wire) {
        this.wire = wire;
    }

    /** The reply word as sent, e.g. {@code !done}. */
    public String wire() {
        return wire;
    }

    /** The type whose wire word is {@code word}; empty for any other word (unknown reply words). */
    public static Optional<ApiReplyType> fromWire(String word) {
        for (ApiReplyType type : values()) {
            if (type.wire.equals(word)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

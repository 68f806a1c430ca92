package io.rosipsec.api.wire;

/**
 * What a word of a request sentence is, decided by its position and first byte (routeros-api.md §1.3).
 *
 * <pre>
 *   position 0, not starting with '=', '.', '?'   COMMAND        /ip/ipsec/peer/print, /login, '#' keep-alive
 *   '='                                            ATTRIBUTE      =name=value, =name, =!name=, =.id=*1
 *   '.'                                            API_ATTRIBUTE  .tag=5
 *   '?'                                            QUERY          ?type=ether, ?#|
 *   anything else after position 0                 OTHER          a second command-like word
 * </pre>
 *
 * <p>§1.3 defines a sentence as one command word followed only by attribute, API attribute and query words; a word
 * that starts with none of {@code = . ?} after the command therefore fits no kind. It is kept as {@link #OTHER}
 * rather than rejected by the codec, because the router's reply to it is unverified (§7 item 1); the session layer
 * decides. A sentence whose first word is an attribute, API attribute or query has no command word at all.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API sentences"</a>
 */
public enum ApiWordKind {
    COMMAND,
    ATTRIBUTE,
    API_ATTRIBUTE,
    QUERY,
    OTHER;

    /** Classifies {@code word} found at {@code position} (0 = first word) of a request sentence. */
    public static ApiWordKind classify(String word, int position) {
        char first = word.isEmpty() ? '\0' : word.charAt(0);
        switch (first) {
            case '=':
                return ATTRIBUTE;
            case '.':
                return API_ATTRIBUTE;
            case '?':
                return QUERY;
            default:
                return position == 0 ? COMMAND : OTHER;
        }
    }
}

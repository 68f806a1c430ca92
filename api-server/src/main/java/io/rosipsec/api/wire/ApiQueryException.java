package io.rosipsec.api.wire;

/**
 * A query word that {@link ApiQuery#compile(java.util.List)} cannot interpret: an unknown character in a {@code ?#}
 * operation string, an index that does not fit an {@code int}, or a query word with no property name.
 *
 * <p>routeros-api.md gives no reply text for a malformed query. We answer as for any other word the router cannot
 * interpret, {@code !trap =message=unknown parameter} then {@code !done} (§1.9, "Unknown attribute"); this
 * wording is an inference to be checked against a real router (§7 item 1). {@link #trapMessage()} returns that
 * text, {@link #getMessage()} a diagnostic naming the word.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Queries"</a>
 */
public final class ApiQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The {@code =message=} of the {@code !trap} sent for a malformed query. */
    public static final String TRAP_MESSAGE = "unknown parameter";

    private final String word;

    public ApiQueryException(String word, String detail) {
        super("malformed query word " + word + ": " + detail);
        this.word = word;
    }

    /** The offending query word. */
    public String word() {
        return word;
    }

    /** The {@code =message=} text for the {@code !trap} reply. */
    public String trapMessage() {
        return TRAP_MESSAGE;
    }
}

package io.rosipsec.ipsec.ike.v1.task;

/**
 * The byte lifetime of one SA (RFC 2407 §4.5 SA Life Type kilobytes; RouterOS profile {@code lifebytes}): the
 * soft limit (80 % of the hard one, {@link io.rosipsec.ipsec.esp.SaLifetime#SOFT_PERCENT}) runs the rekey
 * action once, the hard limit runs the delete action once. The counter is fed either with increments (the
 * ISAKMP SA's own message bytes) or with the current value of an SA byte counter (an IPsec SA pair, whose two
 * directions share the limit: the larger counter decides). A limit of 0 means none.
 */
final class ByteLimit {
    private final long softBytes;
    private final long hardBytes;
    private final Runnable onSoft;
    private final Runnable onHard;
    private long total;
    private boolean softDone;
    private boolean hardDone;

    ByteLimit(long softBytes, long hardBytes, Runnable onSoft, Runnable onHard) {
        this.softBytes = softBytes;
        this.hardBytes = hardBytes;
        this.onSoft = onSoft;
        this.onHard = onHard;
    }

    /** Adds {@code bytes} to the counter. */
    void add(long bytes) {
        observe(total + bytes);
    }

    /** Reports a counter value (a smaller value than one seen before changes nothing). */
    void observe(long counter) {
        total = Math.max(total, counter);
        if (hardBytes <= 0 || hardDone) {
            return;
        }
        if (total >= hardBytes) {
            hardDone = true;
            softDone = true;
            onHard.run();
        } else if (!softDone && softBytes > 0 && total >= softBytes) {
            softDone = true;
            onSoft.run();
        }
    }

    /** The bytes counted so far. */
    long total() {
        return total;
    }

    /** The hard limit, 0 when none. */
    long hardBytes() {
        return hardBytes;
    }
}

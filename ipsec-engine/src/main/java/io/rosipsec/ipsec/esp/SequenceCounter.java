package io.rosipsec.ipsec.esp;

/**
 * The sender's sequence number of one outbound SA (RFC 4303 §3.3.3, RFC 4302 §3.3.2): the first
 * packet carries 1 and the counter never wraps — with 32-bit numbers the SA is unusable after
 * 2^32 − 1 packets, with Extended Sequence Numbers after 2^64 − 1 (unsigned), and must be rekeyed
 * before that.
 */
public final class SequenceCounter {
    private static final long MAX_32 = 0xFFFF_FFFFL;

    private final boolean esn;
    private long last;

    public SequenceCounter(boolean esn) {
        this.esn = esn;
    }

    /** Whether 64-bit extended sequence numbers are in use (RFC 4304). */
    public boolean esn() {
        return esn;
    }

    /** The last number sent (0 before the first packet). */
    public long last() {
        return last;
    }

    /**
     * Advances and returns the next sequence number.
     *
     * @throws EspException {@link EspDrop#SEQUENCE_OVERFLOW} when the space is used up
     */
    public long next() throws EspException {
        if ((!esn && last == MAX_32) || (esn && last == -1L)) {
            throw new EspException(EspDrop.SEQUENCE_OVERFLOW, "sequence number would wrap; rekey");
        }
        return ++last;
    }

    /**
     * Continues after {@code lastSent}, for restoring an SA's state (and for tests of the
     * counter's end).
     */
    public void resumeAfter(long lastSent) {
        if (!esn && (lastSent < 0 || lastSent > MAX_32)) {
            throw new IllegalArgumentException("not a 32-bit sequence number: " + lastSent);
        }
        this.last = lastSent;
    }
}

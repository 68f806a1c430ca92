package io.rosipsec.ipsec.ike.v2.task;

import java.time.Duration;

/**
 * When an unanswered request is sent again (RFC 7296 §2.1: only the requester retransmits). The
 * n-th wait is {@code timeout * base^n}; after {@code tries} retransmissions and one more wait
 * the SA is given up. strongSwan's defaults are 4 s, 1.8 and 5 tries (≈ 165 s in all).
 *
 * @param timeout the first wait
 * @param base growth factor per retransmission
 * @param tries retransmissions before giving up
 */
public record RetransmitPolicy(Duration timeout, double base, int tries) {
    /** strongSwan's {@code charon.retransmit_*} defaults. */
    public static final RetransmitPolicy STRONGSWAN = new RetransmitPolicy(Duration.ofSeconds(4), 1.8, 5);

    public RetransmitPolicy {
        if (timeout.isNegative() || timeout.isZero() || base < 1 || tries < 0) {
            throw new IllegalArgumentException("bad retransmit policy");
        }
    }

    /** The wait after the {@code n}-th transmission (0 = the original). */
    public Duration delay(int n) {
        return Duration.ofMillis(Math.round(timeout.toMillis() * Math.pow(base, n)));
    }
}

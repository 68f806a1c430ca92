package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.wire.ExchangeType;

/**
 * Liveness check (RFC 7296 §2.4), RouterOS {@code dpd-interval}: an empty INFORMATIONAL request;
 * any authenticated answer proves the peer alive. Unanswered, the retransmissions run out and
 * the IKE SA is torn down.
 *
 * <pre>
 * HDR, SK { }  --&gt;
 *         &lt;--  HDR, SK { }
 * </pre>
 */
public final class IkeDpdTask implements Task {
    private final boolean initiator;

    public IkeDpdTask(boolean initiator) {
        this.initiator = initiator;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public Status build(TaskMessage m) {
        return initiator ? Status.NEED_MORE : Status.SUCCESS;
    }

    @Override
    public Status process(TaskMessage m) {
        return initiator ? Status.SUCCESS : Status.NEED_MORE;
    }
}

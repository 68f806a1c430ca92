package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.DeletePayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;

/**
 * Deletes the IKE SA and all its Child SAs (RFC 7296 §1.4.1).
 *
 * <pre>
 * HDR, SK { D(IKE) }  --&gt;
 *                &lt;--  HDR, SK { }
 * </pre>
 */
public final class IkeDeleteTask implements Task {
    private final IkeSa sa;
    private final boolean initiator;

    public IkeDeleteTask(IkeSa sa, boolean initiator) {
        this.sa = sa;
        this.initiator = initiator;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public Status build(TaskMessage m) {
        if (initiator) {
            sa.setState(IkeSa.State.DELETING);
            m.add(DeletePayload.ikeSa());
            return Status.NEED_MORE;
        }
        return Status.DESTROY_ME;
    }

    @Override
    public Status process(TaskMessage m) {
        if (!initiator) {
            sa.setState(IkeSa.State.DELETING);
            return Status.NEED_MORE;
        }
        return Status.DESTROY_ME;
    }
}

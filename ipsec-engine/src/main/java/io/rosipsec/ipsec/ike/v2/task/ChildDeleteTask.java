package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.DeletePayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes Child SA pairs (RFC 7296 §1.4.1): each side names its own inbound SPIs.
 *
 * <pre>
 * HDR, SK { D(ESP or AH, SPIs inbound to the initiator of the exchange) }  --&gt;
 *                   &lt;--  HDR, SK { D(ESP, the matching SPIs inbound to the responder) }
 * </pre>
 */
public final class ChildDeleteTask implements Task {
    private final IkeSa sa;
    private final Ikev2Listener listener;
    private final boolean initiator;
    private final int spiIn;
    private final List<Integer> answer = new ArrayList<>();
    private final List<Integer> answerAh = new ArrayList<>();

    /** An initiator task deleting the pair whose inbound SPI is {@code spiIn}. */
    public ChildDeleteTask(IkeSa sa, Ikev2Listener listener, int spiIn) {
        this(sa, listener, true, spiIn);
    }

    /** A responder task. */
    public ChildDeleteTask(IkeSa sa, Ikev2Listener listener) {
        this(sa, listener, false, 0);
    }

    private ChildDeleteTask(IkeSa sa, Ikev2Listener listener, boolean initiator, int spiIn) {
        this.sa = sa;
        this.listener = listener;
        this.initiator = initiator;
        this.spiIn = spiIn;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public Status build(TaskMessage m) {
        if (initiator) {
            java.util.Optional<ChildSaRecord> child = sa.child(spiIn, true);
            if (child.isEmpty()) {
                return Status.SUCCESS; // already gone (deleted by the peer meanwhile)
            }
            child.get().setState(ChildSaRecord.State.DELETING);
            m.add(DeletePayload.childSas(child.get().protocol(), List.of(spiIn)));
            return Status.NEED_MORE;
        }
        if (!answer.isEmpty()) {
            m.add(DeletePayload.childSas(ProtocolId.ESP, answer));
        }
        if (!answerAh.isEmpty()) {
            m.add(DeletePayload.childSas(ProtocolId.AH, answerAh));
        }
        return Status.SUCCESS;
    }

    @Override
    public Status process(TaskMessage m) {
        if (initiator) {
            sa.removeChild(spiIn, true).ifPresent(this::deleted);
            return Status.SUCCESS;
        }
        for (DeletePayload d : m.all(DeletePayload.class)) {
            if (d.protocol() != ProtocolId.ESP && d.protocol() != ProtocolId.AH) {
                continue;
            }
            for (int peerInbound : d.spis()) {
                sa.removeChild(peerInbound, false).ifPresent(c -> {
                    (c.protocol() == ProtocolId.AH ? answerAh : answer).add(c.spiIn());
                    deleted(c);
                });
            }
        }
        return Status.NEED_MORE;
    }

    private void deleted(ChildSaRecord child) {
        listener.childSaDeleted(sa, child);
        child.close();
    }
}

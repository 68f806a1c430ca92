package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.ike.keymat.Ikev1Kdf;
import io.rosipsec.ipsec.ike.v1.message.HashPayload;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.Ikev1NotifyType;
import io.rosipsec.ipsec.ike.v1.message.NotificationPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.nio.ByteBuffer;

/**
 * Dead Peer Detection (RFC 3706): an Informational carrying R-U-THERE with the next sequence number, or the
 * R-U-THERE-ACK echoing a received one. Each is its own one-message Informational exchange with a new message ID
 * (RFC 3706 §5.1); whether an ACK arrived in time is tracked by the {@link Ikev1TaskManager}.
 *
 * <pre>
 * HDR*, HASH(1), N(R-U-THERE, seq)          --&gt;
 *                          &lt;--  HDR*, HASH(1), N(R-U-THERE-ACK, seq)
 * </pre>
 */
public final class IsakmpDpdTask implements Task {
    private final Ikev1Sa sa;
    private final Ikev1NotifyType type;
    private final long sequence;

    private IsakmpDpdTask(Ikev1Sa sa, Ikev1NotifyType type, long sequence) {
        this.sa = sa;
        this.type = type;
        this.sequence = sequence;
    }

    /** R-U-THERE with {@code sequence}. */
    public static IsakmpDpdTask request(Ikev1Sa sa, long sequence) {
        return new IsakmpDpdTask(sa, Ikev1NotifyType.R_U_THERE, sequence);
    }

    /** R-U-THERE-ACK for a received {@code sequence}. */
    public static IsakmpDpdTask ack(Ikev1Sa sa, long sequence) {
        return new IsakmpDpdTask(sa, Ikev1NotifyType.R_U_THERE_ACK, sequence);
    }

    public long sequence() {
        return sequence;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL_V1;
    }

    @Override
    public Status build(Outgoing out) {
        NotificationPayload n = NotificationPayload.isakmp(type, sa.ckyI(), sa.ckyR(),
                ByteBuffer.allocate(4).putInt((int) sequence).array());
        byte[] h = Ikev1Kdf.hash1(sa.prf(), sa.keys().orElseThrow().skeyidA(), out.messageId(), n.toBytes(0));
        out.encrypt().add(new HashPayload(h)).add(n);
        return Status.SUCCESS;
    }

    @Override
    public Status process(IkeV1Message m) throws InvalidSyntaxException {
        throw new InvalidSyntaxException("DPD messages are received by the Informational task");
    }
}

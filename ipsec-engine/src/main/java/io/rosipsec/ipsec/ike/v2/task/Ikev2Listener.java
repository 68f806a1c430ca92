package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.wire.NotifyType;

/**
 * What the IKEv2 engine reports to its owner (the router's SAD, {@code active-peers}, the log).
 * Called on the SA's serial executor. All methods default to doing nothing.
 */
public interface Ikev2Listener {
    /** IKE_AUTH completed: the IKE SA is ESTABLISHED. */
    default void ikeSaEstablished(IkeSa sa) {}

    /** A Child SA pair was negotiated; {@link ChildSaRecord#inbound()}/{@code outbound()} are ready. */
    default void childSaEstablished(IkeSa sa, ChildSaRecord child) {}

    /** A Child SA could not be negotiated; the IKE SA stays up. */
    default void childSaFailed(IkeSa sa, NotifyType reason) {}

    /** A Child SA pair was deleted (its keys are zeroised after this returns). */
    default void childSaDeleted(IkeSa sa, ChildSaRecord child) {}

    /** The IKE SA was deleted by an INFORMATIONAL exchange. */
    default void ikeSaDeleted(IkeSa sa) {}

    /**
     * The IKE SA failed: a notify received or sent ({@code reason}), or {@link NotifyType#UNKNOWN}
     * for a retransmission timeout.
     */
    default void ikeSaFailed(IkeSa sa, NotifyType reason, String detail) {}
}

package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.net.InetSocketAddress;

/**
 * What the IKEv2 engine reports to its owner (the router's SAD, {@code active-peers}, the log).
 * Called on the SA's serial executor. All methods default to doing nothing, except the rekey
 * callbacks, which by default report the new SA as established (so an owner that only tracks
 * established/deleted events stays correct: the replaced SA's deletion is reported when its
 * INFORMATIONAL delete completes).
 */
public interface Ikev2Listener {
    /** IKE_AUTH completed: the IKE SA is ESTABLISHED. */
    default void ikeSaEstablished(IkeSa sa) {}

    /** A Child SA pair was negotiated; {@link ChildSaRecord#inbound()}/{@code outbound()} are ready. */
    default void childSaEstablished(IkeSa sa, ChildSaRecord child) {}

    /** A Child SA could not be negotiated; the IKE SA stays up. */
    default void childSaFailed(IkeSa sa, NotifyType reason) {}

    /**
     * A CREATE_CHILD_SA rekey installed {@code replacement} for {@code old} (RFC 7296 §2.8). The
     * old pair stays until its delete is reported; in a rekey collision the same {@code old} can
     * be replaced twice, and the redundant replacement is deleted right after (§2.8.1).
     */
    default void childSaRekeyed(IkeSa sa, ChildSaRecord old, ChildSaRecord replacement) {
        childSaEstablished(sa, replacement);
    }

    /**
     * An IKE SA rekey (RFC 7296 §2.18) created {@code successor}, which now owns the Child SAs;
     * {@code old} is deleted next (reported by {@link #ikeSaDeleted}).
     */
    default void ikeSaRekeyed(IkeSa old, IkeSa successor) {
        ikeSaEstablished(successor);
    }

    /** A Child SA pair was deleted (its keys are zeroised after this returns). */
    default void childSaDeleted(IkeSa sa, ChildSaRecord child) {}

    /** The IKE SA was deleted by an INFORMATIONAL exchange. */
    default void ikeSaDeleted(IkeSa sa) {}

    /**
     * The IKE SA failed: a notify received or sent ({@code reason}), or {@link NotifyType#UNKNOWN}
     * for a retransmission timeout.
     */
    /**
     * A datagram on an IKE socket that does not decode as an IKEv2 message (header or payload chain, RFC 7296 §3) and
     * was dropped unanswered (RFC 7296 §2.21.1: unauthenticated garbage gets no reply).
     */
    default void malformedMessage(InetSocketAddress from, String reason) {}

    default void ikeSaFailed(IkeSa sa, NotifyType reason, String detail) {}
}

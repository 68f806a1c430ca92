package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import java.net.InetSocketAddress;

/**
 * What the IKEv1 engine reports to its owner (the router's SAD, {@code active-peers}, the log), on the SA's serial
 * executor. All methods default to doing nothing. {@link #log} lines use RouterOS's wording (topic {@code ipsec},
 * project spec routeros-cli §5.15).
 */
public interface Ikev1Listener {
    /** Phase 1 completed: the ISAKMP SA is established. */
    default void phase1Established(Ikev1Sa sa) {}

    /** An IPsec SA pair was negotiated by Quick Mode. */
    default void childSaEstablished(Ikev1Sa sa, ChildSaRecord child) {}

    /** Quick Mode failed; the ISAKMP SA stays up. */
    default void childSaFailed(Ikev1Sa sa, String reason) {}

    /** An IPsec SA pair was deleted (by the peer, by expiry or with its ISAKMP SA). */
    default void childSaDeleted(Ikev1Sa sa, ChildSaRecord child) {}

    /** The ISAKMP SA was deleted (Delete payload sent or received, hard lifetime, peer dead). */
    default void phase1Deleted(Ikev1Sa sa, String reason) {}

    /** Phase 1 failed (error notify, timeout, authentication). */
    default void phase1Failed(Ikev1Sa sa, String reason) {}

    /** A log line: topics ({@code ipsec,error}, {@code ipsec,info}) and message. */
    default void log(String topics, String message) {}

    /** A datagram that does not decode as an ISAKMP header (RFC 2408 §3.1) and was dropped unanswered. */
    default void malformedMessage(InetSocketAddress from, String reason) {}
}

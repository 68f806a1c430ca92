package io.rosipsec.ipsec;

import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import io.rosipsec.ipsec.net.SadEntry;
import java.time.Duration;
import java.util.List;

/**
 * One {@code /ip ipsec active-peers} row for an established IKEv1 ISAKMP SA (RouterOS shows IKEv1 and IKEv2 peers in
 * the same menu): the cookies stand for {@code spii}/{@code spir} (RFC 2408 §3.1), {@code ph2-total} counts the
 * IPsec SA pairs negotiated under it, and the traffic counters sum theirs.
 */
final class Ikev1PeerRow {
    private Ikev1PeerRow() {}

    static ActivePeerView of(int number, Ikev1Sa sa, List<SadEntry> sad, long nowMillis) {
        long rxB = 0;
        long rxP = 0;
        long txB = 0;
        long txP = 0;
        int ph2 = 0;
        for (SadEntry e : sad) {
            if (e.owner() == sa) {
                ph2++;
                rxB += e.inbound().counters().bytes();
                rxP += e.inbound().counters().packets();
                txB += e.outbound().counters().bytes();
                txP += e.outbound().counters().packets();
            }
        }
        String id = sa.remoteIdentity().map(Ikev1PeerRow::value).orElse(sa.remote().getAddress().getHostAddress());
        return new ActivePeerView(number, id, sa.config().peer().name(), sa.local(), sa.remote(), "established",
                !sa.isInitiator(), sa.natDetected(),
                Duration.ofMillis(Math.max(0, nowMillis - sa.establishedAtMillis())), ph2, String.format("%016x", sa.ckyI()), String.format("%016x", sa.ckyR()), rxB, rxP, txB, txP);
    }

    /** The value of a typed identity ({@code fqdn:b.test} gives {@code b.test}). */
    private static String value(String typed) {
        int colon = typed.indexOf(':');
        return colon < 0 ? typed : typed.substring(colon + 1);
    }
}

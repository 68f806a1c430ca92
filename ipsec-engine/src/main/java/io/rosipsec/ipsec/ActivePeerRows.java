package io.rosipsec.ipsec;

import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import io.rosipsec.ipsec.net.SadEntry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ip ipsec active-peers} rows for established IKE SAs of either version (RouterOS shows IKEv1 and IKEv2 peers
 * in the same menu): {@code spii}/{@code spir} are the IKEv2 SPIs (RFC 7296 §3.1) or the ISAKMP cookies (RFC 2408
 * §3.1), {@code ph2-total} counts the Child/IPsec SA pairs negotiated under the SA, and the traffic counters sum
 * theirs.
 */
final class ActivePeerRows {
    private ActivePeerRows() {}

    /** The row of an established IKEv2 SA (one with a record). */
    static ActivePeerView of(int number, IkeSa sa, List<SadEntry> sad, long nowMillis) {
        return row(number, sa, sad, sa.remoteIdentity(), sa.config().peer().name(), sa.local(), sa.remote(),
                sa.isInitiator(), sa.natDetected(), nowMillis - sa.record().get().createdAtMillis(), sa.spiI(),
                sa.spiR());
    }

    /** The row of an established IKEv1 ISAKMP SA. */
    static ActivePeerView of(int number, Ikev1Sa sa, List<SadEntry> sad, long nowMillis) {
        return row(number, sa, sad, sa.remoteIdentity(), sa.config().peer().name(), sa.local(), sa.remote(),
                sa.isInitiator(), sa.natDetected(), nowMillis - sa.establishedAtMillis(), sa.ckyI(), sa.ckyR());
    }

    private static ActivePeerView row(int number, Object owner, List<SadEntry> sad, Optional<String> remoteIdentity,
            String peer, InetSocketAddress local, InetSocketAddress remote, boolean initiator, boolean nat,
            long ageMillis, long spiI, long spiR) {
        long rxB = 0;
        long rxP = 0;
        long txB = 0;
        long txP = 0;
        int ph2 = 0;
        for (SadEntry e : sad) {
            if (e.owner() == owner) {
                ph2++;
                rxB += e.inbound().counters().bytes();
                rxP += e.inbound().counters().packets();
                txB += e.outbound().counters().bytes();
                txP += e.outbound().counters().packets();
            }
        }
        String id = remoteIdentity.map(ActivePeerRows::value).orElse(remote.getAddress().getHostAddress());
        return new ActivePeerView(number, id, peer, local, remote, "established", !initiator, nat,
                Duration.ofMillis(Math.max(0, ageMillis)), ph2, String.format("%016x", spiI),
                String.format("%016x", spiR), rxB, rxP, txB, txP);
    }

    /** The value of a typed identity ({@code fqdn:b.test} gives {@code b.test}). */
    private static String value(String typed) {
        int colon = typed.indexOf(':');
        return colon < 0 ? typed : typed.substring(colon + 1);
    }
}

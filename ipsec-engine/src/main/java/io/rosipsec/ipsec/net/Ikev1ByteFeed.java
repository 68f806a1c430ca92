package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.ike.v1.task.Ikev1Engine;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import java.util.Objects;

/**
 * Feeds the data path's ESP byte counters of IPsec SA pairs negotiated by IKEv1 to {@link Ikev1Engine#childSaBytes},
 * so a Quick Mode byte lifetime (RFC 2407 §4.5 SA Life Type kilobytes, as a strongSwan peer proposes with {@code
 * life_bytes}) rekeys at 80 % and deletes at 100 % of live traffic, not only when a test reports counters. Pairs of
 * IKEv2 SAs are ignored: RouterOS proposals carry no byte lifetime in IKEv2. Runs on the event loop, per packet.
 */
public final class Ikev1ByteFeed implements Datapath.ByteObserver {
    private final Ikev1Engine ikev1;

    public Ikev1ByteFeed(Ikev1Engine ikev1) {
        this.ikev1 = Objects.requireNonNull(ikev1, "ikev1");
    }

    @Override
    public void counted(SadEntry entry, int spi, long counter) {
        if (entry.owner() instanceof Ikev1Sa sa && sa.childBytesWatched()) { // else no hop to the engine per packet
            ikev1.childSaBytes(sa, spi, counter);
        }
    }
}

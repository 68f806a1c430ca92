package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.InstalledSaView;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.AhSa;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.IpsecSa;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;

/**
 * One installed Child SA pair in the SAD (RFC 4301 §4.4.2): the negotiated record, the keyed
 * inbound and outbound {@link EspSa} (or {@link AhSa} for an AH pair, shown with {@code enc-algorithm=none}), the endpoints at install time (after NAT-T floating), the
 * board's {@code hw-aead} verdict and the lifetime. Owned by the event loop.
 */
public final class SadEntry implements AutoCloseable {
    private final Object owner;
    private final String peer;
    private final ChildSaRecord child;
    private final IpsecSa in;
    private final IpsecSa out;
    private final boolean hwAead;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final SaLifetime lifetime;
    private final String inEncKey;
    private final String outEncKey;
    private final String inAuthKey;
    private final String outAuthKey;

    /** A pair negotiated by IKEv2 under {@code ikeSa}. */
    public SadEntry(IkeSa ikeSa, ChildSaRecord child, IpsecSa in, IpsecSa out, boolean hwAead,
            SaLifetime lifetime) {
        this(ikeSa, ikeSa.config().peer().name(), ikeSa.local(), ikeSa.remote(), child, in, out, hwAead, lifetime);
    }

    /**
     * A pair negotiated under any key-exchange SA ({@code owner}: an IKEv2 {@link IkeSa} or an IKEv1 ISAKMP SA),
     * with the owner's peer name and endpoints at install time.
     */
    public SadEntry(Object owner, String peer, InetSocketAddress local, InetSocketAddress remote,
            ChildSaRecord child, IpsecSa in, IpsecSa out, boolean hwAead, SaLifetime lifetime) {
        this.owner = owner;
        this.peer = peer;
        this.child = child;
        this.in = in;
        this.out = out;
        this.hwAead = hwAead;
        this.local = local;
        this.remote = remote;
        this.lifetime = lifetime;
        HexFormat hex = HexFormat.of();
        this.inEncKey = hex.formatHex(child.encIn());
        this.outEncKey = hex.formatHex(child.encOut());
        this.inAuthKey = hex.formatHex(child.authIn());
        this.outAuthKey = hex.formatHex(child.authOut());
    }

    /** The SA this pair was negotiated under: an IKEv2 {@link IkeSa} or an IKEv1 ISAKMP SA. */
    public Object owner() {
        return owner;
    }

    /** The owning IKEv2 SA, or {@code null} when the pair was negotiated by IKEv1. */
    public IkeSa ikeSa() {
        return owner instanceof IkeSa s ? s : null;
    }

    public ChildSaRecord child() {
        return child;
    }

    /** The inbound SA: an {@link EspSa}, or an {@link AhSa} when {@link #ah()}. */
    public IpsecSa inbound() {
        return in;
    }

    /** The outbound SA: an {@link EspSa}, or an {@link AhSa} when {@link #ah()}. */
    public IpsecSa outbound() {
        return out;
    }

    /** Whether this pair is AH (RFC 4302) rather than ESP. */
    public boolean ah() {
        return child.protocol() == ProtocolId.AH;
    }

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    /** The peer name of the owning IKE SA. */
    public String peer() {
        return peer;
    }

    /** Whether traffic from {@code src} to {@code dst} matches this SA's selectors (outbound). */
    public boolean coversOutbound(InetAddress src, InetAddress dst) {
        return covers(child.localTs(), src) && covers(child.remoteTs(), dst);
    }

    /** Whether any local selector overlaps {@code [first, last]} and any remote one {@code [rFirst, rLast]}. */
    public boolean overlaps(byte[] first, byte[] last, byte[] rFirst, byte[] rLast) {
        return overlapsAny(child.localTs(), first, last) && overlapsAny(child.remoteTs(), rFirst, rLast);
    }

    static boolean covers(List<TrafficSelector> ts, InetAddress a) {
        byte[] b = a.getAddress();
        for (TrafficSelector t : ts) {
            byte[] s = t.startAddress().getAddress();
            byte[] e = t.endAddress().getAddress();
            if (s.length == b.length && compare(s, b) <= 0 && compare(b, e) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<TrafficSelector> ts, byte[] first, byte[] last) {
        for (TrafficSelector t : ts) {
            byte[] s = t.startAddress().getAddress();
            byte[] e = t.endAddress().getAddress();
            if (s.length == first.length && compare(s, last) <= 0 && compare(first, e) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Unsigned big-endian comparison of two addresses of one family. */
    static int compare(byte[] a, byte[] b) {
        for (int i = 0; i < a.length; i++) {
            int d = (a[i] & 0xFF) - (b[i] & 0xFF);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    /** The two {@code installed-sa} rows of this pair: outbound first, then inbound. */
    public List<InstalledSaView> views(int firstId, long nowMillis) {
        return List.of(view(firstId, true, nowMillis), view(firstId + 1, false, nowMillis));
    }

    private InstalledSaView view(int id, boolean outbound, long now) {
        IpsecSa sa = outbound ? out : in;
        long bytes = sa.counters().bytes();
        String state = switch (lifetime.state(now, bytes)) {
            case LIVE -> "mature";
            case SOFT_EXPIRED -> "dying";
            case HARD_EXPIRED -> "dead";
        };
        IntegAlg integ = child.algorithms().integ();
        String auth = integ == IntegAlg.NONE ? "none" : integ.routerOsName();
        String encKey = outbound ? outEncKey : inEncKey;
        String enc = ah() ? "none" : child.algorithms().enc().alg().routerOsName(); // AH: authentication only
        return new InstalledSaView(id, sa.spi(), outbound, outbound ? local : remote,
                outbound ? remote : local, child.udpEncapsulated(), state, auth,
                enc, encKey.length() * 4,
                integ == IntegAlg.NONE ? "" : (outbound ? outAuthKey : inAuthKey), encKey,
                lifetime.soft(), lifetime.hard(), lifetime.expiresIn(now), bytes,
                sa.counters().packets(), sa.counters().invalidPackets(),
                in.replayWindow().size(), hwAead,
                peer(), lifetime.createdAtMillis(), ah());
    }

    @Override
    public void close() {
        in.close();
        out.close();
    }
}

package io.rosipsec.ipsec.net;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The two rate limits of the emulated data path, both policers built on {@link TokenBucket}
 * (packets over the limit are dropped, as an interface shaper with no queue drops them; nothing is
 * queued, so the limit adds no latency):
 *
 * <ul>
 *   <li>the licence cap of a Cloud Hosted Router ({@code /system license level}: free 1 Mbit/s,
 *       p1 1 Gbit/s, p10 10 Gbit/s per interface upload; MikroTik manual "CHR licensing", restated in
 *       hw-profiles.md §4.3). RouterOS applies it per interface; the emulator has one egress (the
 *       NAT-T socket), so it is one bucket per router, counted in bits of the outer IPv4 datagram;
 *   <li>the board's packet-rate envelope per SA when throughput emulation is on (hw-profiles.md
 *       §3.2: the crypto path is a per-packet ceiling), one bucket per SA, counted in packets.
 * </ul>
 *
 * Bucket depths: 100 ms of the rate (at least one packet, or 1500 bytes for the bit cap).
 * Not thread-safe: used on the engine's event loop.
 */
public final class EgressShaper {
    /** Seconds of traffic a full bucket holds. */
    static final double DEPTH_SECONDS = 0.1;

    private final LongSupplier nanoTime;
    private final Map<Object, TokenBucket> perSa = new IdentityHashMap<>();
    private TokenBucket egress;
    private long droppedEgress;
    private long droppedSa;

    public EgressShaper(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Sets the router-wide cap in bit/s; 0 or less removes it. */
    public void setEgressCap(long bitsPerSecond) {
        if (bitsPerSecond <= 0) {
            egress = null;
            return;
        }
        double bytesPerSecond = bitsPerSecond / 8.0;
        double depth = Math.max(1500, bytesPerSecond * DEPTH_SECONDS);
        if (egress == null) {
            egress = new TokenBucket(bytesPerSecond, depth, nanoTime);
        } else {
            egress.setRate(bytesPerSecond, depth);
        }
    }

    /** Whether a datagram of {@code wireBytes} (outer IPv4 length) may leave the router. */
    public boolean admitEgress(int wireBytes) {
        if (egress == null || egress.tryTake(wireBytes)) {
            return true;
        }
        droppedEgress++;
        return false;
    }

    /**
     * Whether one more packet may be protected by {@code sa} at {@code packetsPerSecond}; a
     * non-positive rate means no limit. The SA's bucket follows rate changes.
     */
    public boolean admitSa(Object sa, double packetsPerSecond) {
        if (!(packetsPerSecond > 0)) {
            return true;
        }
        double depth = Math.max(1, packetsPerSecond * DEPTH_SECONDS);
        TokenBucket b = perSa.get(sa);
        if (b == null) {
            b = new TokenBucket(packetsPerSecond, depth, nanoTime);
            perSa.put(sa, b);
        } else if (b.rate() != packetsPerSecond) {
            b.setRate(packetsPerSecond, depth);
        }
        if (b.tryTake(1)) {
            return true;
        }
        droppedSa++;
        return false;
    }

    /** Forgets the bucket of a removed SA. */
    public void forget(Object sa) {
        perSa.remove(sa);
    }

    /** Datagrams dropped by the licence cap. */
    public long droppedByLicence() {
        return droppedEgress;
    }

    /** Packets dropped by a per-SA envelope. */
    public long droppedByEnvelope() {
        return droppedSa;
    }
}

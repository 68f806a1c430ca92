package io.rosipsec.ipsec.net;

import io.rosipsec.hw.AccelPath;
import io.rosipsec.hw.ThroughputEnvelope;
import io.rosipsec.hw.ThroughputFigure;
import io.rosipsec.hw.TunnelMode;

/**
 * The packet rate one SA may reach on a board when throughput emulation is on, read from the
 * board's {@link ThroughputEnvelope} (hw-profiles.md §3: MikroTik's per-product "IPsec test
 * results", single tunnel, 64/512/1400-byte packets).
 *
 * <p>Rule: if the board has published single-tunnel figures for the SA's transform (labelled as
 * the product pages write it, e.g. {@code aes-128-cbc+sha1}), the figure at the published packet
 * size nearest the packet's size is used (a tie takes the larger size); otherwise the board's
 * packet-rate ceiling for the path the SA takes ({@link AccelPath#HARDWARE}, {@code PARTIAL} or
 * {@code SOFTWARE}) applies. One SA stands for one tunnel, so the single-tunnel figures are the
 * per-SA ones.
 */
public final class EnvelopeRate {
    private EnvelopeRate() {}

    /**
     * Packets per second for an SA.
     *
     * @param envelope the board's envelope
     * @param path the data path of the SA's transform on the board
     * @param label the transform as {@code EspTransform.label()} writes it
     * @param packetSize size of the packet being protected, in bytes
     */
    public static double packetsPerSecond(ThroughputEnvelope envelope, AccelPath path, String label,
            int packetSize) {
        ThroughputFigure best = null;
        for (ThroughputFigure f : envelope.figures()) {
            if (f.mode() != TunnelMode.SINGLE || !f.config().equals(label)) {
                continue;
            }
            if (best == null) {
                best = f;
                continue;
            }
            int d = Math.abs(f.packetSize() - packetSize);
            int bd = Math.abs(best.packetSize() - packetSize);
            if (d < bd || (d == bd && f.packetSize() > best.packetSize())) {
                best = f;
            }
        }
        double kpps = best != null ? best.kpps() : envelope.ceilingKpps(path);
        return kpps * 1000.0;
    }
}

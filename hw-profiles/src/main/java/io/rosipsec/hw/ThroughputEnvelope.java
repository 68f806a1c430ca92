package io.rosipsec.hw;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How fast a board may push ESP (hw-profiles.md §3). Published figures are kept where we have them;
 * otherwise a per-path packet-rate ceiling stands in, following the observation that the
 * RB1100AHx4's single-tunnel rate is flat across packet sizes (a per-packet limit, so Mbit/s scales
 * with size). Ceilings without a source are marked as assumptions in the board file's notes.
 *
 * @param ceilingKpps packets-per-second ceiling (thousands) per path, for every {@link AccelPath}
 * @param figures published cells, possibly empty
 */
public record ThroughputEnvelope(Map<AccelPath, Double> ceilingKpps, List<ThroughputFigure> figures) {

  public ThroughputEnvelope {
    EnumMap<AccelPath, Double> m = new EnumMap<>(AccelPath.class);
    m.putAll(ceilingKpps);
    for (AccelPath p : AccelPath.values()) {
      Double v = m.get(p);
      if (v == null || !(v > 0)) {
        throw new IllegalArgumentException("missing or non-positive ceiling for " + p);
      }
    }
    ceilingKpps = Map.copyOf(m);
    figures = List.copyOf(figures);
  }

  /** Mbit/s for a packet rate: kpps × size × 8 / 1000. */
  public static double mbps(double kpps, int packetSize) {
    return kpps * packetSize * 8 / 1000.0;
  }

  /** The ceiling for a path, in thousands of packets per second. */
  public double ceilingKpps(AccelPath path) {
    return ceilingKpps.get(path);
  }

  /** The ceiling for a path at a packet size, in Mbit/s. */
  public double ceilingMbps(AccelPath path, int packetSize) {
    return mbps(ceilingKpps(path), packetSize);
  }

  /** The published figure for a cell, if there is one. */
  public OptionalDouble publishedKpps(TunnelMode mode, String config, int packetSize) {
    return figures.stream()
        .filter(f -> f.mode() == mode && f.config().equals(config) && f.packetSize() == packetSize)
        .mapToDouble(ThroughputFigure::kpps)
        .findFirst();
  }

  /** The published figure if there is one, else the ceiling of the path. */
  public double kpps(TunnelMode mode, String config, int packetSize, AccelPath path) {
    return publishedKpps(mode, config, packetSize).orElse(ceilingKpps(path));
  }
}

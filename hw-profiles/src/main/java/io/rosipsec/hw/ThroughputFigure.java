package io.rosipsec.hw;

/**
 * One cell of a product page's "IPsec test results" table (hw-profiles.md §3.1–3.2).
 *
 * @param mode single tunnel or 256 tunnels
 * @param config the pair as {@link EspTransform#label()} writes it, e.g. {@code aes-128-cbc+sha1}
 * @param packetSize packet size in bytes (64, 512, 1400)
 * @param kpps thousands of packets per second
 * @param confidence the spec's tag: V, C, I or U
 */
public record ThroughputFigure(
    TunnelMode mode, String config, int packetSize, double kpps, String confidence) {

  public ThroughputFigure {
    if (mode == null || config == null || config.isBlank()) {
      throw new IllegalArgumentException("mode and config are required");
    }
    if (packetSize <= 0 || !(kpps > 0)) {
      throw new IllegalArgumentException("packet size and kpps must be positive");
    }
  }

  /** Megabits per second as the product pages compute it: kpps × size × 8 / 1000. */
  public double mbps() {
    return ThroughputEnvelope.mbps(kpps, packetSize);
  }
}

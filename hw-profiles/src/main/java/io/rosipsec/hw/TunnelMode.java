package io.rosipsec.hw;

import java.util.Optional;

/**
 * The two test set-ups of MikroTik's per-product "IPsec test results" tables (hw-profiles.md §3.1).
 */
public enum TunnelMode {
  SINGLE("single", "Single tunnel"),
  TUNNELS_256("256", "256 tunnels");

  private final String dataName;
  private final String heading;

  TunnelMode(String dataName, String heading) {
    this.dataName = dataName;
    this.heading = heading;
  }

  /** Spelling in the board data files. */
  public String dataName() {
    return dataName;
  }

  /** Row heading as the product pages print it. */
  public String heading() {
    return heading;
  }

  /** Parses the data-file spelling; unknown gives an empty result. */
  public static Optional<TunnelMode> fromDataName(String name) {
    for (TunnelMode m : values()) {
      if (m.dataName.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}

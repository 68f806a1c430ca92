package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.hw.AccelPath;
import io.rosipsec.hw.HwProfile;
import io.rosipsec.hw.HwProfiles;
import io.rosipsec.hw.ThroughputEnvelope;
import io.rosipsec.hw.ThroughputFigure;
import io.rosipsec.hw.TunnelMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-SA rate rule: published single-tunnel figure at the nearest size, else the path's ceiling. */
class EnvelopeRateTest {
  private final ThroughputEnvelope env = new ThroughputEnvelope(
      Map.of(AccelPath.HARDWARE, 90.0, AccelPath.PARTIAL, 40.0, AccelPath.SOFTWARE, 12.0),
      List.of(new ThroughputFigure(TunnelMode.SINGLE, "aes-128-cbc+sha1", 1400, 92.1, "C"),
          new ThroughputFigure(TunnelMode.SINGLE, "aes-128-cbc+sha1", 512, 93.1, "C"),
          new ThroughputFigure(TunnelMode.SINGLE, "aes-128-cbc+sha1", 64, 92.3, "C"),
          new ThroughputFigure(TunnelMode.TUNNELS_256, "aes-256-cbc+sha256", 1400, 300.0, "C")));

  @Test
  void publishedFigureAtNearestSize() {
    assertEquals(92_100, EnvelopeRate.packetsPerSecond(env, AccelPath.HARDWARE, "aes-128-cbc+sha1", 1500), 1e-6);
    assertEquals(93_100, EnvelopeRate.packetsPerSecond(env, AccelPath.HARDWARE, "aes-128-cbc+sha1", 700), 1e-6);
    assertEquals(92_300, EnvelopeRate.packetsPerSecond(env, AccelPath.HARDWARE, "aes-128-cbc+sha1", 84), 1e-6);
    assertEquals(93_100, EnvelopeRate.packetsPerSecond(env, AccelPath.HARDWARE, "aes-128-cbc+sha1", 288), 1e-6,
        "a tie takes the larger size");
  }

  @Test
  void fallsBackToThePathCeiling() {
    assertEquals(12_000, EnvelopeRate.packetsPerSecond(env, AccelPath.SOFTWARE, "aes-256-gcm", 1400), 1e-6);
    assertEquals(90_000, EnvelopeRate.packetsPerSecond(env, AccelPath.HARDWARE, "aes-256-cbc+sha256", 1400), 1e-6,
        "256-tunnel figures are not per-SA figures");
  }

  @Test
  void everyBuiltInBoardHasAPositiveRate() {
    for (HwProfile p : HwProfiles.builtIn().all()) {
      for (AccelPath path : AccelPath.values()) {
        double pps = EnvelopeRate.packetsPerSecond(p.throughput(), path, "aes-256-cbc+sha256", 1400);
        assertTrue(pps > 0, p.id() + " " + path);
      }
    }
  }
}

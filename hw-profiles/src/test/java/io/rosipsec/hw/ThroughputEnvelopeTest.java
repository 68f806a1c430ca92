package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Throughput facts of hw-profiles.md §3. */
class ThroughputEnvelopeTest {

  @Test
  void rb1100ahx4CarriesThePublishedSingleTunnelFigures() {
    ThroughputEnvelope t = HwProfiles.builtIn().byId("rb1100ahx4").orElseThrow().throughput();
    assertEquals(92.1, t.publishedKpps(TunnelMode.SINGLE, "aes-128-cbc+sha1", 1400).orElseThrow());
    assertEquals(93.1, t.publishedKpps(TunnelMode.SINGLE, "aes-128-cbc+sha1", 512).orElseThrow());
    assertEquals(92.3, t.publishedKpps(TunnelMode.SINGLE, "aes-128-cbc+sha1", 64).orElseThrow());
    assertTrue(t.publishedKpps(TunnelMode.TUNNELS_256, "aes-128-cbc+sha1", 1400).isEmpty());
    ThroughputFigure f = t.figures().stream().filter(x -> x.packetSize() == 1400).findFirst().orElseThrow();
    assertEquals(1031.5, f.mbps(), 0.05, "product page prints 1,031.5 Mbps");
    assertEquals("C", f.confidence());
  }

  @Test
  void fallsBackToThePathCeiling() {
    ThroughputEnvelope t = HwProfiles.builtIn().byId("hex").orElseThrow().throughput();
    assertEquals(8.0, t.kpps(TunnelMode.SINGLE, "aes-128-cbc+sha512", 1400, AccelPath.SOFTWARE));
    assertTrue(t.ceilingMbps(AccelPath.SOFTWARE, 1400) < 100, "hEX software path cannot fill 100 Mbit/s");
    assertEquals(ThroughputEnvelope.mbps(40, 512), t.ceilingMbps(AccelPath.HARDWARE, 512));
  }

  @Test
  void everyPathNeedsAPositiveCeiling() {
    assertThrows(IllegalArgumentException.class,
        () -> new ThroughputEnvelope(Map.of(AccelPath.HARDWARE, 1.0, AccelPath.SOFTWARE, 1.0), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new ThroughputFigure(TunnelMode.SINGLE, "aes-128-cbc+sha1", 64, 0, "C"));
    assertEquals("Single tunnel", TunnelMode.SINGLE.heading());
    assertEquals(TunnelMode.TUNNELS_256, TunnelMode.fromDataName("256").orElseThrow());
  }
}

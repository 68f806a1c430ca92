package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The life cycle shared by the strongSwan interop tests (spec ike-esp.md §5): one {@link StrongswanPeering} (charon in
 * its {@link StrongswanLab} namespace and an emulator on the veth's root end) for the whole class, skipped unless the
 * lab can run here ({@link StrongswanLab#unavailable()}), the tunnel removed from both sides after each test and
 * everything stopped after the last.
 */
abstract class StrongswanPeeringBase {
  static StrongswanPeering peering;

  @BeforeAll
  static void startPeering() throws Exception {
    String why = StrongswanLab.unavailable();
    assumeTrue(why == null, why);
    peering = StrongswanPeering.start();
  }

  @AfterAll
  static void stopPeering() throws Exception {
    if (peering != null) {
      peering.close();
      peering = null;
    }
  }

  /**
   * Removes the test's tunnel from both sides. A subclass that cleans up more overrides it, annotated {@code
   * @AfterEach} again (JUnit runs an overriding method only if it carries the annotation), and calls it first.
   */
  @AfterEach
  void tearDownTunnel() throws Exception {
    if (peering != null) {
      peering.disconnect();
    }
  }
}

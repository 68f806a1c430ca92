package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The licence cap (bits of outer datagrams, router-wide) and the per-SA packet-rate envelope, driven by a fake
 * clock: CHR free (1 Mbit/s) lets about 1 Mbit/s of 1500-byte datagrams through over 10 s of 4 Mbit/s offered; an
 * SA at 100 pps passes 100 packets a second while another SA keeps its own bucket.
 */
class EgressShaperTest {
  private final AtomicLong now = new AtomicLong();
  private final EgressShaper shaper = new EgressShaper(now::get);

  @Test
  void chrFreeCapHoldsAboutOneMegabit() {
    shaper.setEgressCap(1_000_000L);
    long bytes = 0;
    int offered = 0;
    for (int ms = 0; ms < 10_000; ms += 3) { // one 1500-byte datagram per 3 ms = 4 Mbit/s
      offered++;
      if (shaper.admitEgress(1500)) {
        bytes += 1500;
      }
      now.addAndGet(3_000_000L);
    }
    double mbps = bytes * 8 / 10.0 / 1e6;
    assertTrue(mbps > 0.99 && mbps < 1.02, "delivered " + mbps + " Mbit/s");
    assertEquals(offered - bytes / 1500, shaper.droppedByLicence());
    assertEquals(0, shaper.droppedByEnvelope());
  }

  @Test
  void noCapLetsEverythingThrough() {
    shaper.setEgressCap(1_000_000L);
    shaper.setEgressCap(0);
    for (int i = 0; i < 1000; i++) {
      assertTrue(shaper.admitEgress(1500));
    }
    assertEquals(0, shaper.droppedByLicence());
  }

  @Test
  void perSaEnvelopeIsPerSa() {
    Object sa1 = new Object();
    Object sa2 = new Object();
    int passed1 = 0;
    int passed2 = 0;
    for (int ms = 0; ms < 5000; ms++) { // 5 s, 1000 pps offered on each SA
      passed1 += shaper.admitSa(sa1, 100) ? 1 : 0;
      passed2 += shaper.admitSa(sa2, 400) ? 1 : 0;
      now.addAndGet(1_000_000L);
    }
    assertTrue(passed1 >= 500 && passed1 <= 511, "sa1 " + passed1); // 5 s × 100 + depth 10
    assertTrue(passed2 >= 2000 && passed2 <= 2041, "sa2 " + passed2); // 5 s × 400 + depth 40
    assertEquals(10_000 - passed1 - passed2, shaper.droppedByEnvelope());
    assertTrue(shaper.admitSa(sa1, 0), "a non-positive rate means no limit");
    shaper.forget(sa1);
    assertTrue(shaper.admitSa(sa1, 100), "a forgotten SA starts with a full bucket");
  }
}

package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The policer's arithmetic on a fake clock: no sleeping, no timing. */
class TokenBucketTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void fullBucketThenRefillsAtRate() {
    TokenBucket b = new TokenBucket(100, 10, now::get);
    for (int i = 0; i < 10; i++) {
      assertTrue(b.tryTake(1), "burst packet " + i);
    }
    assertFalse(b.tryTake(1));
    now.addAndGet(50_000_000L); // 50 ms at 100/s = 5 tokens
    int passed = 0;
    for (int i = 0; i < 20; i++) {
      passed += b.tryTake(1) ? 1 : 0;
    }
    assertEquals(5, passed);
  }

  @Test
  void neverExceedsDepth() {
    TokenBucket b = new TokenBucket(100, 10, now::get);
    now.addAndGet(60_000_000_000L);
    int passed = 0;
    for (int i = 0; i < 50; i++) {
      passed += b.tryTake(1) ? 1 : 0;
    }
    assertEquals(10, passed);
  }

  @Test
  void longRunRateIsTheRate() {
    TokenBucket b = new TokenBucket(1000, 5, now::get);
    int passed = 0;
    for (int ms = 0; ms < 10_000; ms++) { // 10 s, offered 4000/s
      for (int k = 0; k < 4; k++) {
        passed += b.tryTake(1) ? 1 : 0;
      }
      now.addAndGet(1_000_000L);
    }
    assertTrue(passed >= 10_000 && passed <= 10_005, "passed " + passed);
  }

  @Test
  void oversizeUnitPassesOnlyFromAFullBucketAndLeavesADebt() {
    TokenBucket b = new TokenBucket(1000, 100, now::get);
    assertTrue(b.tryTake(300)); // balance -200
    assertFalse(b.tryTake(1));
    now.addAndGet(250_000_000L); // +250 -> 50
    assertFalse(b.tryTake(300));
    assertTrue(b.tryTake(50));
  }

  @Test
  void rateChangeKeepsTokensAndRejectsNonPositive() {
    TokenBucket b = new TokenBucket(10, 4, now::get);
    b.setRate(20, 2);
    assertEquals(20, b.rate());
    assertTrue(b.tryTake(1));
    assertTrue(b.tryTake(1));
    assertFalse(b.tryTake(1));
    assertThrows(IllegalArgumentException.class, () -> b.setRate(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, -1, now::get));
  }
}

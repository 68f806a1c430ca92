package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.testing.SeededRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The soft lifetime: 75–85 % of the hard one, jittered from the injected random source. */
class LifetimeTimersTest {
    @Test
    void softLifetimeIsBetween75And85PercentAndJittered() {
        SeededRandom r = new SeededRandom(7);
        Duration hard = Duration.ofMinutes(30);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            long soft = LifetimeTimers.soft(hard, r).toMillis();
            assertTrue(soft >= hard.toMillis() * 75 / 100, "soft " + soft);
            assertTrue(soft <= hard.toMillis() * 85 / 100, "soft " + soft);
            seen.add(soft);
        }
        assertTrue(seen.size() > 150, "jitter spreads the values: " + seen.size());
    }

    @Test
    void sameSeedSameSchedule() {
        Duration hard = Duration.ofDays(1);
        assertEquals(LifetimeTimers.soft(hard, new SeededRandom(3)),
                LifetimeTimers.soft(hard, new SeededRandom(3)));
    }
}

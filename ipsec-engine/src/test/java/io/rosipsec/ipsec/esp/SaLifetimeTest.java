package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.esp.SaLifetime.Jitter;
import io.rosipsec.ipsec.esp.SaLifetime.State;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Soft/hard lifetimes by time and bytes with a fake clock (plain long milliseconds). */
class SaLifetimeTest {
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void routerOsDefaultIs24mOf30m() {
        SaLifetime l = SaLifetime.routerOs(T0, Duration.ofMinutes(30), 0, Jitter.NONE);
        assertEquals(Duration.ofMinutes(24), l.soft());
        assertEquals(Duration.ofMinutes(30), l.hard());
        assertEquals(State.LIVE, l.state(T0, 0));
        assertEquals(State.LIVE, l.state(l.softExpiresAt() - 1, Long.MAX_VALUE / 2));
        assertEquals(State.SOFT_EXPIRED, l.state(l.softExpiresAt(), 0));
        assertEquals(State.SOFT_EXPIRED, l.state(l.hardExpiresAt() - 1, 0));
        assertEquals(State.HARD_EXPIRED, l.state(l.hardExpiresAt(), 0));
        assertEquals(Duration.ofMinutes(6), l.expiresIn(T0 + Duration.ofMinutes(24).toMillis()));
        assertEquals(Duration.ZERO, l.expiresIn(T0 + Duration.ofHours(1).toMillis()));
    }

    @Test
    void byteLimits() {
        SaLifetime l = SaLifetime.routerOs(T0, Duration.ofHours(1), 1_000_000, Jitter.NONE);
        assertEquals(800_000, l.softBytes());
        assertEquals(State.LIVE, l.state(T0 + 1, 799_999));
        assertEquals(State.SOFT_EXPIRED, l.state(T0 + 1, 800_000));
        assertEquals(State.HARD_EXPIRED, l.state(T0 + 1, 1_000_000));
    }

    @Test
    void seededJitterLengthensHardTimeReproducibly() {
        Duration thirty = Duration.ofMinutes(30);
        SaLifetime a = SaLifetime.routerOs(T0, thirty, 0, Jitter.seeded(42, 0.05));
        SaLifetime b = SaLifetime.routerOs(T0, thirty, 0, Jitter.seeded(42, 0.05));
        assertEquals(a.hard(), b.hard());
        assertTrue(a.hard().compareTo(thirty) >= 0);
        assertTrue(a.hard().compareTo(thirty.multipliedBy(105).dividedBy(100)) <= 0);
        assertEquals(a.hard().toMillis() * 80 / 100, a.soft().toMillis());
        Jitter j = Jitter.seeded(42, 0.05);
        assertNotEquals(j.extraMillis(1_800_000), j.extraMillis(1_800_000), "a stream, not a constant");
        assertThrows(IllegalArgumentException.class,
                () -> SaLifetime.routerOs(T0, thirty, 0, hard -> -1));
    }

    @Test
    void explicitLimitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new SaLifetime(T0, 10, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SaLifetime(T0, 5, 10, 20, 10));
        assertThrows(IllegalArgumentException.class, () -> new SaLifetime(T0, 5, 10, 5, 0));
        SaLifetime l = new SaLifetime(T0, 5, 10, 0, 0);
        assertEquals(State.SOFT_EXPIRED, l.state(T0 + 5, Long.MAX_VALUE));
    }
}

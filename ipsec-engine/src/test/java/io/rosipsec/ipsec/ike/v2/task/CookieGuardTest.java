package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.testing.SeededRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** RFC 7296 §2.6 cookies: bound to Ni, IPi and SPIi; the previous secret stays valid once. */
class CookieGuardTest {
    private final JcaCryptoSuite suite = new JcaCryptoSuite(new SeededRandom(1));
    private final byte[] ni = new byte[32];
    private final InetAddress ip = ExchangeTestHarness.MOON;

    @Test
    void cookieIsBoundToNonceAddressAndSpi() {
        CookieGuard g = new CookieGuard(suite, new SeededRandom(2));
        byte[] c = g.cookie(ni, ip, 42L);
        assertEquals(33, c.length);
        assertTrue(g.valid(c, ni, ip, 42L));
        assertFalse(g.valid(c, ni, ip, 43L));
        assertFalse(g.valid(c, ni, ExchangeTestHarness.SUN, 42L));
        byte[] other = ni.clone();
        other[0] = 1;
        assertFalse(g.valid(c, other, ip, 42L));
        byte[] tampered = c.clone();
        tampered[32] ^= 1;
        assertFalse(g.valid(tampered, ni, ip, 42L));
        assertFalse(g.valid(new byte[5], ni, ip, 42L));
    }

    @Test
    void rotationKeepsThePreviousSecretForOneGeneration() {
        CookieGuard g = new CookieGuard(suite, new SeededRandom(2));
        byte[] old = g.cookie(ni, ip, 42L);
        g.rotate();
        assertTrue(g.valid(old, ni, ip, 42L));
        byte[] fresh = g.cookie(ni, ip, 42L);
        assertFalse(java.util.Arrays.equals(old, fresh));
        g.rotate();
        assertFalse(g.valid(old, ni, ip, 42L));
        assertTrue(g.valid(fresh, ni, ip, 42L));
    }
}

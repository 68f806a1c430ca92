package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModpGroupsTest {
    private static final BigInteger ONES64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = "MODP.*", mode = EnumSource.Mode.MATCH_ALL)
    void primesHaveTheRfcShape(DhGroup g) {
        BigInteger p = ModpGroups.prime(g);
        // RFC 2409 §6 / RFC 3526: p = 2^n - 2^(n-64) - 1 + 2^64 * (...): top and bottom 64 bits set.
        assertEquals(g.fieldLength() * 8, p.bitLength());
        assertEquals(ONES64, p.and(ONES64));
        assertEquals(ONES64, p.shiftRight(p.bitLength() - 64));
        // Generator 2 is a quadratic residue (p = 7 mod 8), so it generates the order-q subgroup.
        assertEquals(BigInteger.valueOf(7), p.mod(BigInteger.valueOf(8)));
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"ECP256", "X25519"})
    void nonModpGroupsHaveNoPrime(DhGroup g) {
        assertThrows(IllegalArgumentException.class, () -> ModpGroups.prime(g));
    }
}

package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class OctetsTest {
    @Test
    void fixedLengthPadsAndStripsTheSignByte() {
        assertArrayEquals(new byte[] {0, 0, 1}, Octets.toFixedLength(BigInteger.ONE, 3));
        // 0xff needs a sign byte in toByteArray(); the fixed form drops it.
        assertArrayEquals(new byte[] {(byte) 0xff}, Octets.toFixedLength(BigInteger.valueOf(255), 1));
        assertArrayEquals(new byte[2], Octets.toFixedLength(BigInteger.ZERO, 2));
        assertArrayEquals(new byte[] {0, 5}, Octets.toFixedLength(new byte[] {0, 0, 0, 5}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> Octets.toFixedLength(BigInteger.valueOf(256), 1));
    }

    @Test
    void comparisons() {
        assertTrue(Octets.constantTimeEquals(new byte[] {9, 1, 2}, 1, new byte[] {1, 2}, 0, 2));
        assertFalse(Octets.constantTimeEquals(new byte[] {1, 3}, 0, new byte[] {1, 2}, 0, 2));
        assertTrue(Octets.isAllZero(new byte[4]));
        assertFalse(Octets.isAllZero(new byte[] {0, 0, (byte) 0x80}));
        assertArrayEquals(new byte[] {3, 2, 1}, Octets.reverse(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Octets.concat(new byte[] {1}, new byte[] {2, 3}));
    }
}

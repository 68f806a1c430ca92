package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HexTest {
    @Test
    void roundTripsAndRejectsBadInput() {
        assertEquals("00ff7f", Hex.encode(new byte[] {0, -1, 127}));
        assertArrayEquals(new byte[] {0, -1, 127}, Hex.decode("00 FF\n7f"));
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("abc"));
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("zz"));
    }
}

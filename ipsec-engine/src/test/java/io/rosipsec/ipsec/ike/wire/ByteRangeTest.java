package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void copiesItsSpanAndChecksBounds() {
        ByteRange r = new ByteRange(1, 2);
        assertEquals(3, r.end());
        assertArrayEquals(new byte[] {2, 3}, r.copyOf(new byte[] {1, 2, 3, 4}));
        assertThrows(IllegalArgumentException.class, () -> r.copyOf(new byte[2]));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(-1, 0));
    }
}

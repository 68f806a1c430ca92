package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Byte-string conversions. */
class ApiWordsTest {

    @Test
    void everyByteRoundTrips() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String word = ApiWords.fromBytes(all);
        assertEquals(256, word.length());
        assertArrayEquals(all, ApiWords.toBytes(word));
        assertEquals(-1, ApiWords.firstNonByteChar(word));
    }

    @Test
    void utf8TextBecomesItsBytes() {
        String word = ApiWords.fromUtf8("€");
        assertEquals("\u00E2\u0082\u00AC", word);
        assertEquals("€", ApiWords.toUtf8(word));
    }

    @Test
    void charsAboveFfAreNotBytes() {
        assertEquals(2, ApiWords.firstNonByteChar("ab€"));
        assertThrows(IllegalArgumentException.class, () -> ApiWords.toBytes("ab€"));
    }
}

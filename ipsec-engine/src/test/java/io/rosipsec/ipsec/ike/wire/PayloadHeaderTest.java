package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PayloadHeaderTest {
    @Test
    void decodesCriticalBitAndIgnoresReservedBits() throws Exception {
        PayloadHeader h = PayloadHeader.decode(new ByteReader(Hex.decode("22ff0030")));
        assertEquals(new PayloadHeader(34, true, 48), h);
        ByteWriter w = new ByteWriter();
        h.encode(w);
        assertEquals("22800030", Hex.encode(w.toByteArray()));
    }

    @Test
    void lengthBelowFourOrTruncatedIsInvalidSyntax() {
        assertThrows(InvalidSyntaxException.class, () -> PayloadHeader.decode(new ByteReader(Hex.decode("00000003"))));
        assertThrows(InvalidSyntaxException.class, () -> PayloadHeader.decode(new ByteReader(Hex.decode("000000"))));
    }
}

package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteWriterTest {
    @Test
    void writesGrowsAndPatches() {
        ByteWriter w = new ByteWriter(1);
        w.u8(0x1ff).u16(0).u32(0xdeadbeefL).u64(-1L).bytes(new byte[40]);
        w.setU16(1, 0xabcd);
        byte[] out = w.toByteArray();
        assertEquals(1 + 2 + 4 + 8 + 40, out.length);
        assertEquals(w.position(), out.length);
        assertEquals("ffabcddeadbeefffffffffffffffff", Hex.encode(out).substring(0, 30));
        assertThrows(IndexOutOfBoundsException.class, () -> w.setU16(out.length - 1, 0));
    }
}

package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteReaderTest {
    @Test
    void readsBigEndianFields() throws Exception {
        ByteReader r = new ByteReader(Hex.decode("01 0203 fffffffe 1122334455667788 aabb"));
        assertEquals(1, r.u8());
        assertEquals(0x0203, r.u16());
        assertEquals(0xfffffffeL, r.u32());
        assertEquals(0x1122334455667788L, r.u64());
        assertEquals(2, r.remaining());
        assertArrayEquals(new byte[] {(byte) 0xaa, (byte) 0xbb}, r.rest());
    }

    @Test
    void readingPastTheEndIsInvalidSyntax() throws Exception {
        ByteReader r = new ByteReader(new byte[] {1, 2, 3});
        r.u16();
        assertThrows(InvalidSyntaxException.class, r::u16);
        assertThrows(InvalidSyntaxException.class, r::s32);
        assertThrows(InvalidSyntaxException.class, () -> r.bytes(2));
        assertThrows(InvalidSyntaxException.class, () -> r.bytes(-1));
        assertEquals(3, r.u8());
        assertThrows(InvalidSyntaxException.class, r::u8);
    }

    @Test
    void sliceIsBoundedAndPositionsAreAbsolute() throws Exception {
        ByteReader r = new ByteReader(new byte[] {9, 1, 2, 3, 4}, 1, 4);
        ByteReader s = r.slice(2);
        assertEquals(1, s.position());
        assertEquals(0x0102, s.u16());
        assertThrows(InvalidSyntaxException.class, s::u8);
        assertEquals(3, r.position());
        assertThrows(InvalidSyntaxException.class, () -> r.slice(3));
        assertThrows(InvalidSyntaxException.class, () -> r.expectEnd("test"));
        r.skip(2);
        r.expectEnd("test");
    }
}

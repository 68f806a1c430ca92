package io.rosipsec.api.wire;

import static io.rosipsec.api.wire.WireBytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Length prefixes of routeros-api.md §1.2, including the table's worked examples. */
class ApiWordLengthTest {

    @ParameterizedTest
    @CsvSource({
        "0, 00",
        "5, 05",
        "127, 7F",
        "128, 8080",
        "256, 8100",
        "16383, BFFF",
        "16384, C04000",
        "2097151, DFFFFF",
        "2097152, E0200000",
        "268435455, EFFFFFFF",
        "268435456, F010000000",
        "2147483647, F07FFFFFFF",
    })
    void shortestFormAndBack(int length, String expectedHex) {
        ByteBuf buf = Unpooled.buffer();
        ApiWordLength.write(buf, length);
        assertArrayEquals(hex(expectedHex), ByteBufUtil.getBytes(buf));
        assertEquals(expectedHex.length() / 2, ApiWordLength.encodedSize(length));
        assertEquals(ApiWordLength.encodedSize(length), ApiWordLength.prefixSize(buf.getUnsignedByte(0)));
        assertEquals(length, ApiWordLength.read(buf));
        assertEquals(0, buf.readableBytes());
    }

    @Test
    void prefixSizeByFirstByte() {
        for (int b = 0; b < 256; b++) {
            int expected = b < 0x80 ? 1 : b < 0xC0 ? 2 : b < 0xE0 ? 3 : b < 0xF0 ? 4 : b < 0xF8 ? 5 : -1;
            assertEquals(expected, ApiWordLength.prefixSize(b), "first byte " + b);
        }
    }

    @Test
    void fiveByteFormWithF1ToF7IsReadLikeF0() {
        assertEquals(0xFFFFFFFFL, ApiWordLength.read(Unpooled.wrappedBuffer(hex("F7FFFFFFFF"))));
        assertEquals(0x10000000L, ApiWordLength.read(Unpooled.wrappedBuffer(hex("F110000000"))));
    }

    @Test
    void nonMinimalFormsAreStillRead() {
        // mikrotik-java emits the 4-byte form from 0x20000 on (§1.2); it is valid on the wire.
        assertEquals(0x20000, ApiWordLength.read(Unpooled.wrappedBuffer(hex("E0020000"))));
        assertEquals(5, ApiWordLength.read(Unpooled.wrappedBuffer(hex("8005"))));
    }

    @Test
    void controlByteAndNegativeLengthAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ApiWordLength.read(Unpooled.wrappedBuffer(hex("F8"))));
        assertThrows(IllegalArgumentException.class, () -> ApiWordLength.encodedSize(-1));
    }
}

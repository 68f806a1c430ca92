package io.rosipsec.api.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;

/** Test helpers building API byte streams. */
final class WireBytes {
    private WireBytes() {}

    /** Bytes from hex with optional spaces. */
    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** The encoding of one sentence made of {@code words} plus its terminator. */
    static byte[] sentence(String... words) {
        ByteBuf buf = Unpooled.buffer();
        for (String word : words) {
            ApiSentenceEncoder.write(buf, word);
        }
        buf.writeByte(0);
        return ByteBufUtil.getBytes(buf);
    }

    /** Concatenation of byte arrays. */
    static byte[] concat(byte[]... parts) {
        ByteBuf buf = Unpooled.buffer();
        for (byte[] part : parts) {
            buf.writeBytes(part);
        }
        return ByteBufUtil.getBytes(buf);
    }

    /** A byte string of {@code length} bytes cycling through all 256 values. */
    static String bytesWord(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (i & 0xFF);
        }
        return new String(chars);
    }
}

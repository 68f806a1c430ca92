package io.rosipsec.api.wire;

import io.netty.buffer.ByteBuf;

/**
 * The 1–5-byte word length prefix of the RouterOS API (routeros-api.md §1.2), big-endian:
 *
 * <pre>
 *   length              bytes  encoding                      first byte
 *   0x00 .. 0x7F          1    value                         00..7F
 *   0x80 .. 0x3FFF        2    value | 0x8000                80..BF
 *   0x4000 .. 0x1FFFFF    3    value | 0xC00000              C0..DF
 *   0x200000 .. 0xFFFFFFF 4    value | 0xE0000000            E0..EF
 *   >= 0x10000000         5    0xF0, then value as 4 bytes   F0 (F1..F7 read like F0)
 *   reserved control bytes                                   F8..FF
 * </pre>
 *
 * <p>Encoding always uses the shortest form (§1.2 "Rule for the emulator"). On decoding, {@code F1..F7} are
 * unspecified; like go-routeros, node-routeros and mikrotik-java we read them as {@code F0}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API words"</a>
 */
public final class ApiWordLength {
    /** Largest length with a 1-byte prefix. */
    public static final int MAX_1 = 0x7F;
    /** Largest length with a 2-byte prefix. */
    public static final int MAX_2 = 0x3FFF;
    /** Largest length with a 3-byte prefix. */
    public static final int MAX_3 = 0x1FFFFF;
    /** Largest length with a 4-byte prefix. */
    public static final int MAX_4 = 0xFFFFFFF;

    private ApiWordLength() {}

    /**
     * Size of the prefix announced by its first byte, or -1 if the byte is a reserved control byte ({@code
     * 0xF8..0xFF}).
     */
    public static int prefixSize(int firstByte) {
        int b = firstByte & 0xFF;
        if (b < 0x80) {
            return 1;
        } else if (b < 0xC0) {
            return 2;
        } else if (b < 0xE0) {
            return 3;
        } else if (b < 0xF0) {
            return 4;
        } else if (b < 0xF8) {
            return 5;
        }
        return -1;
    }

    /**
     * Reads one complete prefix. The caller has checked that {@link #prefixSize} bytes are readable and that the
     * first is not a control byte.
     *
     * @return the word length, {@code 0 .. 0xFFFFFFFF}
     */
    public static long read(ByteBuf in) {
        int first = in.readUnsignedByte();
        switch (prefixSize(first)) {
            case 1:
                return first;
            case 2:
                return ((first & 0x3F) << 8) | in.readUnsignedByte();
            case 3:
                return ((first & 0x1F) << 16) | in.readUnsignedShort();
            case 4:
                return ((long) (first & 0x0F) << 24) | in.readUnsignedMedium();
            case 5:
                return in.readUnsignedInt();
            default:
                throw new IllegalArgumentException("control byte 0x" + Integer.toHexString(first));
        }
    }

    /** Number of bytes of the shortest prefix for {@code length}. */
    public static int encodedSize(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        } else if (length <= MAX_1) {
            return 1;
        } else if (length <= MAX_2) {
            return 2;
        } else if (length <= MAX_3) {
            return 3;
        } else if (length <= MAX_4) {
            return 4;
        }
        return 5;
    }

    /** Writes the shortest prefix for {@code length}. */
    public static void write(ByteBuf out, int length) {
        switch (encodedSize(length)) {
            case 1:
                out.writeByte(length);
                break;
            case 2:
                out.writeShort(length | 0x8000);
                break;
            case 3:
                out.writeMedium(length | 0xC00000);
                break;
            case 4:
                out.writeInt(length | 0xE0000000);
                break;
            default:
                out.writeByte(0xF0);
                out.writeInt(length);
                break;
        }
    }
}

package io.rosipsec.ipsec.esp;

import java.util.Arrays;

/** Big-endian field access shared by the ESP and AH framing (network byte order, RFC 4303 §2). */
final class WireBytes {
    private WireBytes() {}

    static int getInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8)
                | (b[off + 3] & 0xFF);
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    /** The high 32 bits of an extended sequence number, as appended to the ICV input. */
    static byte[] esnHigh(long seq) {
        byte[] high = new byte[4];
        putInt(high, 0, (int) (seq >>> 32));
        return high;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

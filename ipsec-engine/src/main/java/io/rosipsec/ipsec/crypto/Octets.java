package io.rosipsec.ipsec.crypto;

import java.math.BigInteger;

/**
 * Byte helpers shared by the crypto back ends: fixed-length big-endian integers (RFC 7296 §2.14
 * requires g^ir and MODP KE data padded to the prime length) and constant-time comparison for ICVs.
 */
public final class Octets {
    private Octets() {}

    /**
     * Encodes a non-negative integer big-endian in exactly {@code length} bytes, left-padded with
     * zeros; throws {@link IllegalArgumentException} if it does not fit.
     */
    public static byte[] toFixedLength(BigInteger value, int length) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative value");
        }
        byte[] raw = value.toByteArray();
        int start = 0;
        while (start < raw.length - 1 && raw[start] == 0) {
            start++;
        }
        int n = raw.length - start;
        if (n > length) {
            throw new IllegalArgumentException("value needs " + n + " bytes, more than " + length);
        }
        byte[] out = new byte[length];
        if (value.signum() != 0) {
            System.arraycopy(raw, start, out, length - n, n);
        }
        return out;
    }

    /** Re-pads or strips leading zeros of a big-endian byte string to exactly {@code length}. */
    public static byte[] toFixedLength(byte[] bigEndian, int length) {
        return toFixedLength(new BigInteger(1, bigEndian), length);
    }

    /** Compares {@code len} bytes in time independent of where they differ. */
    public static boolean constantTimeEquals(byte[] a, int aOff, byte[] b, int bOff, int len) {
        int diff = 0;
        for (int i = 0; i < len; i++) {
            diff |= a[aOff + i] ^ b[bOff + i];
        }
        return diff == 0;
    }

    /** Whether every byte is zero (an X25519 result that must be rejected, RFC 7748 §6.1). */
    public static boolean isAllZero(byte[] b) {
        int acc = 0;
        for (byte x : b) {
            acc |= x;
        }
        return acc == 0;
    }

    /** Reverses a byte array (little-endian ↔ big-endian) into a new array. */
    public static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    /** Concatenates byte arrays. */
    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}

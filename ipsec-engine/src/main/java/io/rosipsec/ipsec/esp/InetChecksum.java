package io.rosipsec.ipsec.esp;

/**
 * The Internet checksum: one's-complement sum of 16-bit words, complemented (RFC 1071), as used by
 * the IPv4 header (RFC 791 §3.1) and ICMP (RFC 792).
 */
public final class InetChecksum {
    private InetChecksum() {}

    /** Checksum of {@code length} bytes from {@code offset}; an odd last byte is padded with 0. */
    public static int compute(byte[] data, int offset, int length) {
        long sum = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
        }
        if (i < end) {
            sum += (data[i] & 0xFF) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /** Whether a region that contains its own checksum field sums to zero (is intact). */
    public static boolean verify(byte[] data, int offset, int length) {
        return compute(data, offset, length) == 0;
    }
}

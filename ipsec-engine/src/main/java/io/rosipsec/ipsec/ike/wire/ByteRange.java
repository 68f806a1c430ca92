package io.rosipsec.ipsec.ike.wire;

import java.util.Arrays;

/**
 * A half-open range {@code [offset, offset + length)} of an encoded message, used to hand exact byte spans (AAD, IV,
 * ciphertext, ICV, integrity-protected data) to the crypto layer without copying the message.
 *
 * @param offset first byte of the range
 * @param length number of bytes
 */
public record ByteRange(int offset, int length) {
    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative range " + offset + "+" + length);
        }
    }

    /** One past the last byte. */
    public int end() {
        return offset + length;
    }

    /** A copy of the range's bytes. */
    public byte[] copyOf(byte[] message) {
        if (end() > message.length) {
            throw new IllegalArgumentException("range " + this + " outside a " + message.length + "-byte message");
        }
        return Arrays.copyOfRange(message, offset, end());
    }
}

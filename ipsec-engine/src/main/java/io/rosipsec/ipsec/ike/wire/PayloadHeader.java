package io.rosipsec.ipsec.ike.wire;

/**
 * The 4-byte generic payload header. In IKEv2 the first bit after Next Payload is the critical bit; ISAKMP has the
 * whole octet reserved. Reserved bits are ignored on receipt and sent as zero.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param nextPayload type of the payload that follows (0 for none)
 * @param critical IKEv2 critical bit
 * @param length payload length including these 4 bytes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.2">RFC 7296 §3.2</a>
 */
public record PayloadHeader(int nextPayload, boolean critical, int length) {
    /** Header size in bytes. */
    public static final int LENGTH = 4;

    private static final int CRITICAL_BIT = 0x80;

    /**
     * Reads a generic header and checks that its length covers at least the header itself; whether the body fits
     * in the message is checked by the caller, which knows what follows.
     */
    public static PayloadHeader decode(ByteReader r) throws InvalidSyntaxException {
        int next = r.u8();
        boolean critical = (r.u8() & CRITICAL_BIT) != 0;
        int length = r.u16();
        if (length < LENGTH) {
            throw new InvalidSyntaxException("payload length " + length + " is below 4");
        }
        return new PayloadHeader(next, critical, length);
    }

    /** Writes a generic header. */
    public static void encode(ByteWriter w, int nextPayload, boolean critical, int length) {
        if (length < LENGTH || length > 0xffff) {
            throw new IllegalArgumentException("payload length out of range: " + length);
        }
        w.u8(nextPayload).u8(critical ? CRITICAL_BIT : 0).u16(length);
    }

    /** Writes this header. */
    public void encode(ByteWriter w) {
        encode(w, nextPayload, critical, length);
    }
}

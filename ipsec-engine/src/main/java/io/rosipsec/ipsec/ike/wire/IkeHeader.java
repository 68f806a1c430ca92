package io.rosipsec.ipsec.ike.wire;

/**
 * The 28-byte IKE header, identical in layout for IKEv2 and ISAKMP (IKEv1 calls the SPIs "cookies" and uses other
 * flag bits). Decoding only reads the fields; the version check and the length consistency check belong to the
 * version-specific message decoder.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       IKE SA Initiator's SPI                  |
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       IKE SA Responder's SPI                  |
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Payload | MjVer | MnVer | Exchange Type |     Flags     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          Message ID                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            Length                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * IKEv2 flags: |X|X|R|V|I|X|X|X|     ISAKMP flags: |X|X|X|X|X|A|C|E|
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.1">RFC 7296 §3.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.1">RFC 2408 §3.1</a>
 */
public final class IkeHeader {
    /** Header size in bytes. */
    public static final int LENGTH = 28;

    /** IKEv2 Initiator flag: set in messages sent by the original initiator of the IKE SA. */
    public static final int FLAG_INITIATOR = 0x08;
    /** IKEv2 Version flag: sender could speak a higher major version. */
    public static final int FLAG_VERSION = 0x10;
    /** IKEv2 Response flag. */
    public static final int FLAG_RESPONSE = 0x20;
    /** ISAKMP Encryption flag. */
    public static final int FLAG_V1_ENCRYPTION = 0x01;
    /** ISAKMP Commit flag. */
    public static final int FLAG_V1_COMMIT = 0x02;
    /** ISAKMP Authentication Only flag. */
    public static final int FLAG_V1_AUTH_ONLY = 0x04;

    private final long spiInitiator;
    private final long spiResponder;
    private final int nextPayload;
    private final int majorVersion;
    private final int minorVersion;
    private final int exchangeType;
    private final int flags;
    private final int messageId;
    private final long length;

    /**
     * Builds a header from raw field values. {@code messageId} is an unsigned 32-bit value carried in an int.
     *
     * @throws IllegalArgumentException if a field does not fit its width
     */
    public IkeHeader(
            long spiInitiator,
            long spiResponder,
            int nextPayload,
            int majorVersion,
            int minorVersion,
            int exchangeType,
            int flags,
            int messageId,
            long length) {
        checkRange("next payload", nextPayload, 0xff);
        checkRange("major version", majorVersion, 0xf);
        checkRange("minor version", minorVersion, 0xf);
        checkRange("exchange type", exchangeType, 0xff);
        checkRange("flags", flags, 0xff);
        if (length < 0 || length > 0xffffffffL) {
            throw new IllegalArgumentException("length out of range: " + length);
        }
        this.spiInitiator = spiInitiator;
        this.spiResponder = spiResponder;
        this.nextPayload = nextPayload;
        this.majorVersion = majorVersion;
        this.minorVersion = minorVersion;
        this.exchangeType = exchangeType;
        this.flags = flags;
        this.messageId = messageId;
        this.length = length;
    }

    /**
     * An IKEv2 (version 2.0) header; next payload and length are filled in when the message is encoded.
     *
     * @param fromInitiator whether the sender is the original initiator of the IKE SA (I flag)
     * @param response whether this is a response (R flag)
     */
    public static IkeHeader v2(
            long spiInitiator,
            long spiResponder,
            ExchangeType exchange,
            boolean fromInitiator,
            boolean response,
            int messageId) {
        if (exchange.ikeVersion() != 2) {
            throw new IllegalArgumentException(exchange + " is not an IKEv2 exchange");
        }
        int flags = (fromInitiator ? FLAG_INITIATOR : 0) | (response ? FLAG_RESPONSE : 0);
        return new IkeHeader(
                spiInitiator, spiResponder, 0, 2, 0, exchange.wire(), flags, messageId, LENGTH);
    }

    private static void checkRange(String name, int v, int max) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(name + " out of range: " + v);
        }
    }

    /** Reads the 28 header bytes; throws {@link InvalidSyntaxException} if fewer are available. */
    public static IkeHeader decode(ByteReader r) throws InvalidSyntaxException {
        long spiI = r.u64();
        long spiR = r.u64();
        int next = r.u8();
        int version = r.u8();
        int exchange = r.u8();
        int flags = r.u8();
        int messageId = r.s32();
        long length = r.u32();
        return new IkeHeader(
                spiI, spiR, next, version >>> 4, version & 0xf, exchange, flags, messageId, length);
    }

    /** Writes the 28 header bytes as they are. */
    public void encode(ByteWriter w) {
        w.u64(spiInitiator)
                .u64(spiResponder)
                .u8(nextPayload)
                .u8((majorVersion << 4) | minorVersion)
                .u8(exchangeType)
                .u8(flags)
                .u32(messageId & 0xffffffffL)
                .u32(length);
    }

    /** A copy with the next-payload and length fields replaced (used when encoding a message). */
    public IkeHeader withNextPayloadAndLength(int nextPayload, long length) {
        return new IkeHeader(
                spiInitiator,
                spiResponder,
                nextPayload,
                majorVersion,
                minorVersion,
                exchangeType,
                flags,
                messageId,
                length);
    }

    public long spiInitiator() {
        return spiInitiator;
    }

    public long spiResponder() {
        return spiResponder;
    }

    public int nextPayload() {
        return nextPayload;
    }

    public int majorVersion() {
        return majorVersion;
    }

    public int minorVersion() {
        return minorVersion;
    }

    /** Raw exchange type value. */
    public int exchangeTypeValue() {
        return exchangeType;
    }

    public ExchangeType exchangeType() {
        return ExchangeType.fromWire(exchangeType);
    }

    public int flags() {
        return flags;
    }

    /** IKEv2 I flag. */
    public boolean isFromInitiator() {
        return (flags & FLAG_INITIATOR) != 0;
    }

    /** IKEv2 R flag. */
    public boolean isResponse() {
        return (flags & FLAG_RESPONSE) != 0;
    }

    /** IKEv2 V flag. */
    public boolean isVersionFlag() {
        return (flags & FLAG_VERSION) != 0;
    }

    /** Message ID (IKEv1: the phase-2 M-ID), unsigned 32 bits carried in an int. */
    public int messageId() {
        return messageId;
    }

    /** Total message length, header included. */
    public long length() {
        return length;
    }

    @Override
    public String toString() {
        return String.format(
                "IkeHeader[%016x %016x next=%d v%d.%d %s flags=0x%02x mid=%s len=%d]",
                spiInitiator,
                spiResponder,
                nextPayload,
                majorVersion,
                minorVersion,
                exchangeType(),
                flags,
                Integer.toUnsignedString(messageId),
                length);
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidMajorVersionException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An IKEv2 message: header and payload chain. For protected exchanges the chain ends with an {@link SkPayload}
 * whose inner chain is decoded separately with {@link #decodePayloadChain(int, byte[])} after decryption, and
 * encoded with {@link #encodePayloadChain(List)} before encryption.
 *
 * <p>{@link #decode(byte[])} checks the major version (INVALID_MAJOR_VERSION), that the header length equals the
 * datagram size, that every payload length fits, that SK is last and that no bytes trail the chain
 * (INVALID_SYNTAX). Which payloads an exchange may carry is checked afterwards by {@link MessageRules}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3">RFC 7296 §3</a>
 */
public final class IkeMessage {
    /** The IKE major version this decoder implements. */
    public static final int MAJOR_VERSION = 2;

    private final IkeHeader header;
    private final List<IkePayload> payloads;

    /**
     * Builds a message. The header's next-payload and length fields are recomputed by {@link #encode()}.
     *
     * @throws IllegalArgumentException if an SK payload is not the last payload
     */
    public IkeMessage(IkeHeader header, List<IkePayload> payloads) {
        for (int i = 0; i < payloads.size() - 1; i++) {
            if (payloads.get(i) instanceof SkPayload) {
                throw new IllegalArgumentException("the SK payload must be the last payload");
            }
        }
        this.header = header;
        this.payloads = List.copyOf(payloads);
    }

    /** Decodes a whole datagram (without the non-ESP marker of port 4500). */
    public static IkeMessage decode(byte[] data) throws IkeProtocolException {
        ByteReader r = new ByteReader(data);
        IkeHeader header = IkeHeader.decode(r);
        if (header.majorVersion() != MAJOR_VERSION) {
            throw new InvalidMajorVersionException(header.majorVersion());
        }
        if (header.length() != data.length) {
            throw new InvalidSyntaxException(
                    "header length " + header.length() + " but datagram has " + data.length + " bytes");
        }
        return new IkeMessage(header, decodeChain(header.nextPayload(), r, true));
    }

    /**
     * Decodes the decrypted inner chain of an SK payload (padding and pad length already removed).
     *
     * @param firstPayloadType the SK payload's {@link SkPayload#firstInnerPayload()}
     */
    public static List<IkePayload> decodePayloadChain(int firstPayloadType, byte[] plaintext)
            throws IkeProtocolException {
        return decodeChain(firstPayloadType, new ByteReader(plaintext), false);
    }

    private static List<IkePayload> decodeChain(int first, ByteReader r, boolean skAllowed)
            throws IkeProtocolException {
        List<IkePayload> out = new ArrayList<>();
        int next = first;
        while (next != PayloadType.NO_NEXT_PAYLOAD.v2()) {
            int type = next;
            PayloadHeader ph = PayloadHeader.decode(r);
            if (ph.length() - PayloadHeader.LENGTH > r.remaining()) {
                throw new InvalidSyntaxException(
                        "payload " + type + " length " + ph.length() + " exceeds the "
                                + (r.remaining() + PayloadHeader.LENGTH) + " bytes left");
            }
            IkePayload p = IkePayloadFactory.decode(type, ph, r.slice(ph.length() - PayloadHeader.LENGTH));
            out.add(p);
            if (p instanceof SkPayload) {
                if (!skAllowed) {
                    throw new InvalidSyntaxException("SK payload inside encrypted data");
                }
                if (r.hasRemaining()) {
                    throw new InvalidSyntaxException("SK payload is not the last payload");
                }
                return out;
            }
            next = ph.nextPayload();
        }
        r.expectEnd("payload chain");
        return out;
    }

    /** Encodes header and chain, computing the Next Payload fields and the lengths. */
    public byte[] encode() {
        int total = IkeHeader.LENGTH;
        for (IkePayload p : payloads) {
            total += p.length();
        }
        ByteWriter w = new ByteWriter(total);
        header.withNextPayloadAndLength(firstPayloadType(payloads), total).encode(w);
        writeChain(w, payloads);
        return w.toByteArray();
    }

    /** Encodes an inner chain (the plaintext of an SK payload before padding). */
    public static byte[] encodePayloadChain(List<IkePayload> chain) {
        ByteWriter w = new ByteWriter();
        writeChain(w, chain);
        return w.toByteArray();
    }

    /** The type of the first payload of a chain, 0 for an empty chain. */
    public static int firstPayloadType(List<IkePayload> chain) {
        return chain.isEmpty() ? PayloadType.NO_NEXT_PAYLOAD.v2() : chain.get(0).type();
    }

    private static void writeChain(ByteWriter w, List<IkePayload> chain) {
        for (int i = 0; i < chain.size(); i++) {
            int next = i + 1 < chain.size() ? chain.get(i + 1).type() : PayloadType.NO_NEXT_PAYLOAD.v2();
            chain.get(i).encode(w, next);
        }
    }

    /** The header as given or decoded (its next-payload/length fields may be stale for built messages). */
    public IkeHeader header() {
        return header;
    }

    /** The outer payload chain (for protected messages: just the SK payload, maybe beside unknown ones). */
    public List<IkePayload> payloads() {
        return payloads;
    }

    /** The SK payload, if the message has one. */
    public Optional<SkPayload> sk() {
        return first(SkPayload.class);
    }

    /** The first payload of a class in a chain. */
    public <T extends IkePayload> Optional<T> first(Class<T> kind) {
        return first(payloads, kind);
    }

    /** The first payload of a class in any chain (e.g. a decrypted inner chain). */
    public static <T extends IkePayload> Optional<T> first(List<IkePayload> chain, Class<T> kind) {
        for (IkePayload p : chain) {
            if (kind.isInstance(p)) {
                return Optional.of(kind.cast(p));
            }
        }
        return Optional.empty();
    }

    /** All payloads of a class in a chain, in order. */
    public static <T extends IkePayload> List<T> all(List<IkePayload> chain, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (IkePayload p : chain) {
            if (kind.isInstance(p)) {
                out.add(kind.cast(p));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return header.exchangeType() + (header.isResponse() ? " response " : " request ")
                + Integer.toUnsignedString(header.messageId()) + " " + payloads;
    }
}

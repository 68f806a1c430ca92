package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.keymat.Ikev1Cipher;
import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidMajorVersionException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One ISAKMP message: the 28-byte header (version 1.0) and a payload chain, encrypted after the header when the E
 * flag is set (RFC 2408 §3.1; CBC with the IV chaining of RFC 2409 App. B, done by {@link Ikev1Cipher}). A decoded
 * message keeps its plaintext body so that Quick Mode and Informational hashes can be computed over the payload
 * bytes exactly as received ({@link #payloadBytesFrom(int)}).
 *
 * <p>Decoding raises only {@link IkeProtocolException}s: INVALID_SYNTAX for structure, INVALID_MAJOR_VERSION for a
 * non-1 major version.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.1">RFC 2408 §3.1</a>
 */
public final class IkeV1Message {
    private final IkeHeader header;
    private final List<IsakmpPayload> payloads;
    private final byte[] plainChain;
    private final int[] offsets;
    private final byte[] wireBody;

    /** A message to encode; next payload, length and the E flag are filled in by {@link #encode}. */
    public IkeV1Message(IkeHeader header, List<IsakmpPayload> payloads) {
        this(header, payloads, null, null, null);
    }

    private IkeV1Message(IkeHeader header, List<IsakmpPayload> payloads, byte[] plainChain, int[] offsets,
            byte[] wireBody) {
        this.header = header;
        this.payloads = List.copyOf(payloads);
        this.plainChain = plainChain;
        this.offsets = offsets;
        this.wireBody = wireBody;
    }

    /** A version 1.0 header; next payload and length are set when encoding. */
    public static IkeHeader header(long ckyI, long ckyR, ExchangeType exchange, int flags, int messageId) {
        if (exchange.ikeVersion() != 1) {
            throw new IllegalArgumentException(exchange + " is not an ISAKMP exchange");
        }
        return new IkeHeader(ckyI, ckyR, 0, 1, 0, exchange.wire(), flags, messageId, IkeHeader.LENGTH);
    }

    /** Reads and checks the header alone (version 1, length within the datagram). */
    public static IkeHeader peekHeader(byte[] data) throws IkeProtocolException {
        IkeHeader h = IkeHeader.decode(new ByteReader(data));
        if (h.majorVersion() != 1) {
            throw new InvalidMajorVersionException(h.majorVersion());
        }
        if (h.length() < IkeHeader.LENGTH || h.length() > data.length) {
            throw new InvalidSyntaxException("header length " + h.length() + " for a " + data.length
                    + "-byte datagram");
        }
        return h;
    }

    /** Decodes an unencrypted message; an encrypted one is INVALID_SYNTAX here. */
    public static IkeV1Message decode(byte[] data) throws IkeProtocolException {
        return decode(data, null);
    }

    /**
     * Decodes a message, decrypting the body with {@code cipher} when the E flag is set (the IV does not move;
     * see {@link Ikev1Cipher#accept}).
     */
    public static IkeV1Message decode(byte[] data, Ikev1Cipher cipher) throws IkeProtocolException {
        IkeHeader h = peekHeader(data);
        byte[] body = Arrays.copyOfRange(data, IkeHeader.LENGTH, (int) h.length());
        boolean encrypted = (h.flags() & IkeHeader.FLAG_V1_ENCRYPTION) != 0;
        byte[] plain = body;
        if (encrypted) {
            if (cipher == null) {
                throw new InvalidSyntaxException("encrypted message before keys exist");
            }
            plain = cipher.decrypt(h.messageId(), body);
        }
        ByteReader r = new ByteReader(plain);
        List<IsakmpPayload> payloads = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int next = h.nextPayload();
        while (next != 0) {
            starts.add(r.position());
            PayloadHeader ph = PayloadHeader.decode(r);
            payloads.add(IsakmpPayloadFactory.decode(next, r.slice(ph.length() - PayloadHeader.LENGTH)));
            next = ph.nextPayload();
        }
        if (!encrypted && r.hasRemaining()) {
            throw new InvalidSyntaxException(r.remaining() + " bytes after the last payload");
        }
        int end = r.position();
        int[] offsets = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            offsets[i] = starts.get(i);
        }
        offsets[starts.size()] = end;
        return new IkeV1Message(h, payloads, Arrays.copyOf(plain, end), offsets, body);
    }

    /** The payload chain encoded back to back, each with the next one's type. */
    public static byte[] encodeChain(List<? extends IsakmpPayload> payloads) {
        ByteWriter w = new ByteWriter();
        for (int i = 0; i < payloads.size(); i++) {
            payloads.get(i).encode(w, i + 1 < payloads.size() ? payloads.get(i + 1).type() : 0);
        }
        return w.toByteArray();
    }

    /** Encodes in the clear (E flag cleared). */
    public byte[] encode() {
        return assemble(header.flags() & ~IkeHeader.FLAG_V1_ENCRYPTION, encodeChain(payloads));
    }

    /** Encodes with the body encrypted (E flag set); moves the cipher's IV for this message ID. */
    public byte[] encode(Ikev1Cipher cipher) {
        byte[] body = cipher.encrypt(header.messageId(), encodeChain(payloads));
        return assemble(header.flags() | IkeHeader.FLAG_V1_ENCRYPTION, body);
    }

    private byte[] assemble(int flags, byte[] body) {
        int first = payloads.isEmpty() ? 0 : payloads.get(0).type();
        IkeHeader h = new IkeHeader(header.spiInitiator(), header.spiResponder(), first, 1, 0,
                header.exchangeTypeValue(), flags, header.messageId(), IkeHeader.LENGTH + body.length);
        ByteWriter w = new ByteWriter(IkeHeader.LENGTH + body.length);
        h.encode(w);
        w.bytes(body);
        return w.toByteArray();
    }

    public IkeHeader header() {
        return header;
    }

    public List<IsakmpPayload> payloads() {
        return payloads;
    }

    /** Whether the E flag was set on a received message. */
    public boolean isEncrypted() {
        return (header.flags() & IkeHeader.FLAG_V1_ENCRYPTION) != 0;
    }

    /** The body as it was on the wire (the ciphertext of an encrypted message). */
    public byte[] wireBody() {
        if (wireBody == null) {
            throw new IllegalStateException("not a received message");
        }
        return wireBody.clone();
    }

    /**
     * The bytes of payloads {@code index..end}, generic headers included, as received (or as they would be
     * encoded for a built message): the input of HASH(1), HASH(2) and the Informational HASH.
     */
    public byte[] payloadBytesFrom(int index) {
        if (index < 0 || index > payloads.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        if (plainChain != null) {
            return Arrays.copyOfRange(plainChain, offsets[index], offsets[payloads.size()]);
        }
        return encodeChain(payloads.subList(index, payloads.size()));
    }

    /** The first payload of a class. */
    public <T extends IsakmpPayload> Optional<T> first(Class<T> kind) {
        for (IsakmpPayload p : payloads) {
            if (kind.isInstance(p)) {
                return Optional.of(kind.cast(p));
            }
        }
        return Optional.empty();
    }

    /** All payloads of a class, in order. */
    public <T extends IsakmpPayload> List<T> all(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (IsakmpPayload p : payloads) {
            if (kind.isInstance(p)) {
                out.add(kind.cast(p));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return header.exchangeType() + " mid=" + Integer.toUnsignedString(header.messageId()) + " " + payloads;
    }
}

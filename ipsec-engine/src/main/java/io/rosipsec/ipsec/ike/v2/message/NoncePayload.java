package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Nonce payload (Ni, Nr): 16 to 256 bytes of random data. The additional rule "at least half the PRF key size" is
 * checked where the PRF is known.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                            Nonce Data                         ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.9">RFC 7296 §3.9</a>
 */
public final class NoncePayload extends IkePayload {
    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;

    private final byte[] nonce;

    /** @throws IllegalArgumentException if the nonce is not 16..256 bytes */
    public NoncePayload(byte[] nonce) {
        this(false, nonce);
    }

    private NoncePayload(boolean critical, byte[] nonce) {
        super(PayloadType.NONCE.v2(), critical);
        if (nonce.length < MIN_LENGTH || nonce.length > MAX_LENGTH) {
            throw new IllegalArgumentException("nonce length " + nonce.length + " outside 16..256");
        }
        this.nonce = nonce.clone();
    }

    public static NoncePayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int len = body.remaining();
        if (len < MIN_LENGTH || len > MAX_LENGTH) {
            throw new InvalidSyntaxException("nonce length " + len + " outside 16..256");
        }
        return new NoncePayload(critical, body.rest());
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    protected int bodyLength() {
        return nonce.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.bytes(nonce);
    }

    @Override
    public String toString() {
        return "Nonce[" + Hex.encode(nonce) + "]";
    }
}

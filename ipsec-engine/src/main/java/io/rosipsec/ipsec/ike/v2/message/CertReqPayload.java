package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Certificate Request payload: encoding and opaque certification authority data (for X.509, concatenated SHA-1 hashes of CA public keys).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Cert Encoding |                                               |
 * +-+-+-+-+-+-+-+-+                                               |
 * ~                       Certification Authority
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.7">RFC 7296 §3.7</a>
 */
public final class CertReqPayload extends EncodedDataPayload {

    public CertReqPayload(int encoding, byte[] data) {
        this(false, encoding, data);
    }

    private CertReqPayload(boolean critical, int encoding, byte[] data) {
        super(PayloadType.CERTREQ.v2(), critical, encoding, data);
    }

    public static CertReqPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int encoding = body.u8();
        return new CertReqPayload(critical, encoding, body.rest());
    }

    @Override
    public String toString() {
        return describe("CERTREQ");
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Certificate payload: encoding (4 = X.509 signature) and opaque certificate data; parsing the certificate is the authenticator's job.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Cert Encoding |                                               |
 * +-+-+-+-+-+-+-+-+                                               |
 * ~                       Certificate Data
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.6">RFC 7296 §3.6</a>
 */
public final class CertPayload extends EncodedDataPayload {

    public CertPayload(int encoding, byte[] data) {
        this(false, encoding, data);
    }

    private CertPayload(boolean critical, int encoding, byte[] data) {
        super(PayloadType.CERT.v2(), critical, encoding, data);
    }

    public static CertPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int encoding = body.u8();
        return new CertPayload(critical, encoding, body.rest());
    }

    @Override
    public String toString() {
        return describe("CERT");
    }
}

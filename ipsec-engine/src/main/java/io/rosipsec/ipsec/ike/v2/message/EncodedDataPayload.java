package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteWriter;

/**
 * The shared shape of CERT and CERTREQ: a one-octet Cert Encoding followed by opaque data (RFC 7296 §3.6, §3.7).
 * Parsing the data is the authenticator's job.
 */
public abstract class EncodedDataPayload extends IkePayload {
    /** Cert Encoding value of an X.509 certificate - signature. */
    public static final int X509_SIGNATURE = 4;

    private final int encoding;
    private final byte[] data;

    EncodedDataPayload(int type, boolean critical, int encoding, byte[] data) {
        super(type, critical);
        if (encoding < 0 || encoding > 0xff) {
            throw new IllegalArgumentException("encoding out of range: " + encoding);
        }
        this.encoding = encoding;
        this.data = data.clone();
    }

    public int encoding() {
        return encoding;
    }

    public byte[] data() {
        return data.clone();
    }

    @Override
    protected int bodyLength() {
        return 1 + data.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(encoding).bytes(data);
    }

    /** {@code NAME[encoding E, N bytes]}. */
    String describe(String name) {
        return name + "[encoding " + encoding + ", " + data.length + " bytes]";
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Authentication payload: method and authentication data (PSK MIC or signature).
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Auth Method   |                RESERVED                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                      Authentication Data                      ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.8">RFC 7296 §3.8</a>
 */
public final class AuthPayload extends IkePayload {
    private final int methodValue;
    private final byte[] data;

    public AuthPayload(AuthMethod method, byte[] data) {
        this(false, method.wire(), data);
    }

    private AuthPayload(boolean critical, int methodValue, byte[] data) {
        super(PayloadType.AUTH.v2(), critical);
        if (methodValue < 0 || methodValue > 0xff || data.length == 0) {
            throw new IllegalArgumentException("bad auth method " + methodValue + " or empty data");
        }
        this.methodValue = methodValue;
        this.data = data.clone();
    }

    /** Decodes the body; empty authentication data is a syntax error. */
    public static AuthPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int method = body.u8();
        body.skip(3);
        byte[] data = body.rest();
        if (data.length == 0) {
            throw new InvalidSyntaxException("AUTH payload without authentication data");
        }
        return new AuthPayload(critical, method, data);
    }

    public int methodValue() {
        return methodValue;
    }

    public AuthMethod method() {
        return AuthMethod.fromWire(methodValue);
    }

    public byte[] data() {
        return data.clone();
    }

    @Override
    protected int bodyLength() {
        return 4 + data.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(methodValue).u8(0).u16(0).bytes(data);
    }

    @Override
    public String toString() {
        return "AUTH[" + method() + ", " + data.length + " bytes]";
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration payload: CFG type (request, reply, set, ack) and configuration attributes; used by RouterOS
 * mode-config.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C| RESERVED    |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   CFG Type    |                    RESERVED                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                   Configuration Attributes                    ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.15">RFC 7296 §3.15</a>
 */
public final class CpPayload extends IkePayload {
    private final int cfgTypeValue;
    private final List<ConfigAttribute> attributes;

    public CpPayload(ConfigType cfgType, List<ConfigAttribute> attributes) {
        this(false, cfgType.wire(), attributes);
    }

    private CpPayload(boolean critical, int cfgTypeValue, List<ConfigAttribute> attributes) {
        super(PayloadType.CP.v2(), critical);
        this.cfgTypeValue = cfgTypeValue;
        this.attributes = List.copyOf(attributes);
    }

    public static CpPayload decode(boolean critical, ByteReader body) throws InvalidSyntaxException {
        int cfgType = body.u8();
        body.skip(3);
        List<ConfigAttribute> attrs = new ArrayList<>();
        while (body.hasRemaining()) {
            attrs.add(ConfigAttribute.decode(body));
        }
        return new CpPayload(critical, cfgType, attrs);
    }

    public int cfgTypeValue() {
        return cfgTypeValue;
    }

    public ConfigType cfgType() {
        return ConfigType.fromWire(cfgTypeValue);
    }

    public List<ConfigAttribute> attributes() {
        return attributes;
    }

    @Override
    protected int bodyLength() {
        int len = 4;
        for (ConfigAttribute a : attributes) {
            len += a.length();
        }
        return len;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(cfgTypeValue).u8(0).u16(0);
        for (ConfigAttribute a : attributes) {
            a.encode(w);
        }
    }

    @Override
    public String toString() {
        return "CP[" + cfgType() + " " + attributes + "]";
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadType;
import java.util.ArrayList;
import java.util.List;

/**
 * Traffic Selector payload, TSi (type 44) or TSr (type 45): one or more selectors.
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Number of TSs |                 RESERVED                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                       <Traffic Selectors>                     ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.13">RFC 7296 §3.13</a>
 */
public final class TsPayload extends IkePayload {
    private final List<TrafficSelector> selectors;

    /**
     * @param initiator true for TSi, false for TSr
     */
    public TsPayload(boolean initiator, List<TrafficSelector> selectors) {
        this(initiator ? PayloadType.TS_INITIATOR.v2() : PayloadType.TS_RESPONDER.v2(), false, selectors);
    }

    private TsPayload(int type, boolean critical, List<TrafficSelector> selectors) {
        super(type, critical);
        if (selectors.isEmpty() || selectors.size() > 0xff) {
            throw new IllegalArgumentException("1..255 traffic selectors required");
        }
        this.selectors = List.copyOf(selectors);
    }

    /**
     * Decodes TSi or TSr; the selector count must match the body and be at least one.
     *
     * @param type 44 (TSi) or 45 (TSr)
     */
    public static TsPayload decode(int type, boolean critical, ByteReader body) throws IkeProtocolException {
        int count = body.u8();
        body.skip(3);
        if (count == 0) {
            throw new InvalidSyntaxException("TS payload without selectors");
        }
        List<TrafficSelector> selectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            selectors.add(TrafficSelector.decode(body));
        }
        body.expectEnd("TS payload");
        return new TsPayload(type, critical, selectors);
    }

    public boolean isInitiator() {
        return type() == PayloadType.TS_INITIATOR.v2();
    }

    public List<TrafficSelector> selectors() {
        return selectors;
    }

    @Override
    protected int bodyLength() {
        int len = 4;
        for (TrafficSelector ts : selectors) {
            len += ts.length();
        }
        return len;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.u8(selectors.size()).u8(0).u16(0);
        for (TrafficSelector ts : selectors) {
            ts.encode(w);
        }
    }

    @Override
    public String toString() {
        return (isInitiator() ? "TSi" : "TSr") + selectors;
    }
}

package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;

/**
 * The single switch from ISAKMP payload type number to payload decoder. Proposal and Transform payloads only
 * occur inside an SA payload and are decoded there; types we do not interpret become {@link UnsupportedPayload}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.1">RFC 2408 §3.1</a>
 */
public final class IsakmpPayloadFactory {
    private IsakmpPayloadFactory() {}

    /**
     * Decodes one payload body.
     *
     * @param type the payload's type (the previous header's Next Payload)
     * @param body reader over exactly the payload body
     */
    public static IsakmpPayload decode(int type, ByteReader body) throws IkeProtocolException {
        IsakmpPayload p = switch (io.rosipsec.ipsec.ike.wire.PayloadType.fromV1Wire(type)) {
            case SA -> SaPayload.decode(body);
            case KE -> KePayload.decode(body);
            case ID -> IdPayload.decode(body);
            case HASH -> HashPayload.decode(body);
            case NONCE -> NoncePayload.decode(body);
            case NOTIFY -> NotificationPayload.decode(body);
            case DELETE -> DeletePayload.decode(body);
            case VENDOR_ID -> VendorIdPayload.decode(body);
            case NAT_D, NAT_D_DRAFT -> NatDPayload.decode(type, body);
            default -> UnsupportedPayload.decode(type, body);
        };
        body.expectEnd(p.payloadType() + " payload");
        return p;
    }
}

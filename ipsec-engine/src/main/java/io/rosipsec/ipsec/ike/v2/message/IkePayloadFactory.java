package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * The single switch from IKEv2 payload type number to payload decoder. Types we do not implement become {@link
 * UnsupportedPayload}, or fail with UNSUPPORTED_CRITICAL_PAYLOAD when their critical bit is set.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.2">RFC 7296 §3.2</a>
 */
public final class IkePayloadFactory {
    private IkePayloadFactory() {}

    /**
     * Decodes one payload body.
     *
     * @param type the payload's type (the previous header's Next Payload)
     * @param header the payload's own generic header
     * @param body reader over exactly the payload body
     */
    public static IkePayload decode(int type, PayloadHeader header, ByteReader body) throws IkeProtocolException {
        boolean critical = header.critical();
        IkePayload payload =
                switch (PayloadType.fromV2Wire(type)) {
                    case SA -> SaPayload.decode(critical, body);
                    case KE -> KePayload.decode(critical, body);
                    case ID_INITIATOR, ID_RESPONDER -> IdPayload.decode(type, critical, body);
                    case CERT -> CertPayload.decode(critical, body);
                    case CERTREQ -> CertReqPayload.decode(critical, body);
                    case AUTH -> AuthPayload.decode(critical, body);
                    case NONCE -> NoncePayload.decode(critical, body);
                    case NOTIFY -> NotifyPayload.decode(critical, body);
                    case DELETE -> DeletePayload.decode(critical, body);
                    case VENDOR_ID -> VendorIdPayload.decode(critical, body);
                    case TS_INITIATOR, TS_RESPONDER -> TsPayload.decode(type, critical, body);
                    case SK -> SkPayload.decode(header.nextPayload(), critical, body);
                    case CP -> CpPayload.decode(critical, body);
                    case EAP -> EapPayload.decode(critical, body);
                    default -> UnsupportedPayload.decode(type, critical, body);
                };
        body.expectEnd(payload.payloadType() + " payload");
        return payload;
    }
}

package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.ike.wire.NotifyType;

/**
 * ISAKMP Notify Message Types: errors 1–8191 (RFC 2408 §3.14.1), status 16384 (CONNECTED), the IPsec DOI status
 * types 24576–24578 (RFC 2407 §4.6.3) and DPD 36136/36137 (RFC 3706 §5). The numbers differ from IKEv2's, so
 * {@link #fromException(NotifyType)} maps the shared protocol exceptions onto the ISAKMP values.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.14.1">RFC 2408 §3.14.1</a>
 */
public enum Ikev1NotifyType {
    INVALID_PAYLOAD_TYPE(1),
    DOI_NOT_SUPPORTED(2),
    SITUATION_NOT_SUPPORTED(3),
    INVALID_COOKIE(4),
    INVALID_MAJOR_VERSION(5),
    INVALID_MINOR_VERSION(6),
    INVALID_EXCHANGE_TYPE(7),
    INVALID_FLAGS(8),
    INVALID_MESSAGE_ID(9),
    INVALID_PROTOCOL_ID(10),
    INVALID_SPI(11),
    INVALID_TRANSFORM_ID(12),
    ATTRIBUTES_NOT_SUPPORTED(13),
    NO_PROPOSAL_CHOSEN(14),
    BAD_PROPOSAL_SYNTAX(15),
    PAYLOAD_MALFORMED(16),
    INVALID_KEY_INFORMATION(17),
    INVALID_ID_INFORMATION(18),
    INVALID_CERT_ENCODING(19),
    INVALID_CERTIFICATE(20),
    CERT_TYPE_UNSUPPORTED(21),
    INVALID_CERT_AUTHORITY(22),
    INVALID_HASH_INFORMATION(23),
    AUTHENTICATION_FAILED(24),
    INVALID_SIGNATURE(25),
    ADDRESS_NOTIFICATION(26),
    NOTIFY_SA_LIFETIME(27),
    CERTIFICATE_UNAVAILABLE(28),
    UNSUPPORTED_EXCHANGE_TYPE(29),
    UNEQUAL_PAYLOAD_LENGTHS(30),
    /** RFC 2408 §3.14.1: sent after a Quick Mode response with the commit bit. */
    CONNECTED(16384),
    /** RFC 2407 §4.6.3.1. */
    RESPONDER_LIFETIME(24576),
    /** RFC 2407 §4.6.3.2. */
    REPLAY_STATUS(24577),
    /** RFC 2407 §4.6.3.3. */
    INITIAL_CONTACT(24578),
    /** RFC 3706 §5. */
    R_U_THERE(36136),
    /** RFC 3706 §5. */
    R_U_THERE_ACK(36137),
    /** Any value not listed above. */
    UNKNOWN(-1);

    /** Error types are below this value. */
    public static final int FIRST_STATUS_TYPE = 8192;

    private final int wire;

    Ikev1NotifyType(int wire) {
        this.wire = wire;
    }

    /** The 16-bit wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** Whether this is an error type. */
    public boolean isError() {
        return wire > 0 && wire < FIRST_STATUS_TYPE;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static Ikev1NotifyType fromWire(int wire) {
        for (Ikev1NotifyType t : values()) {
            if (t.wire == wire) {
                return t;
            }
        }
        return UNKNOWN;
    }

    /** The ISAKMP error notify that reports a shared protocol exception's IKEv2 notify type. */
    public static Ikev1NotifyType fromException(NotifyType v2) {
        return switch (v2) {
            case NO_PROPOSAL_CHOSEN -> NO_PROPOSAL_CHOSEN;
            case AUTHENTICATION_FAILED -> AUTHENTICATION_FAILED;
            case INVALID_KE_PAYLOAD -> INVALID_KEY_INFORMATION;
            case INVALID_SPI, CHILD_SA_NOT_FOUND -> INVALID_SPI;
            case INVALID_IKE_SPI -> INVALID_COOKIE;
            case INVALID_MAJOR_VERSION -> INVALID_MAJOR_VERSION;
            case INVALID_MESSAGE_ID -> INVALID_MESSAGE_ID;
            case TS_UNACCEPTABLE, INVALID_SELECTORS -> INVALID_ID_INFORMATION;
            default -> PAYLOAD_MALFORMED;
        };
    }
}

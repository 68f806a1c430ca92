package io.rosipsec.ipsec.ike.wire;

import java.util.HashMap;
import java.util.Map;

/**
 * IKEv2 Notify Message Types: error types (1..16383) and status types (16384..65535). Values we do not list map to
 * {@link #UNKNOWN}; callers keep the raw number and must treat an unknown value below 16384 as an error and ignore
 * an unknown status type.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 * @see <a href="https://www.iana.org/assignments/ikev2-parameters">IANA IKEv2 Notify Message Types</a>
 */
public enum NotifyType {
    UNSUPPORTED_CRITICAL_PAYLOAD(1),
    INVALID_IKE_SPI(4),
    INVALID_MAJOR_VERSION(5),
    INVALID_SYNTAX(7),
    INVALID_MESSAGE_ID(9),
    INVALID_SPI(11),
    NO_PROPOSAL_CHOSEN(14),
    INVALID_KE_PAYLOAD(17),
    AUTHENTICATION_FAILED(24),
    SINGLE_PAIR_REQUIRED(34),
    NO_ADDITIONAL_SAS(35),
    INTERNAL_ADDRESS_FAILURE(36),
    FAILED_CP_REQUIRED(37),
    TS_UNACCEPTABLE(38),
    INVALID_SELECTORS(39),
    UNACCEPTABLE_ADDRESSES(40),
    UNEXPECTED_NAT_DETECTED(41),
    TEMPORARY_FAILURE(43),
    CHILD_SA_NOT_FOUND(44),

    INITIAL_CONTACT(16384),
    SET_WINDOW_SIZE(16385),
    ADDITIONAL_TS_POSSIBLE(16386),
    IPCOMP_SUPPORTED(16387),
    NAT_DETECTION_SOURCE_IP(16388),
    NAT_DETECTION_DESTINATION_IP(16389),
    COOKIE(16390),
    USE_TRANSPORT_MODE(16391),
    HTTP_CERT_LOOKUP_SUPPORTED(16392),
    REKEY_SA(16393),
    ESP_TFC_PADDING_NOT_SUPPORTED(16394),
    NON_FIRST_FRAGMENTS_ALSO(16395),
    /** RFC 4555. */
    MOBIKE_SUPPORTED(16396),
    ADDITIONAL_IP4_ADDRESS(16397),
    ADDITIONAL_IP6_ADDRESS(16398),
    NO_ADDITIONAL_ADDRESSES(16399),
    UPDATE_SA_ADDRESSES(16400),
    COOKIE2(16401),
    NO_NATS_ALLOWED(16402),
    /** RFC 4478. */
    AUTH_LIFETIME(16403),
    /** RFC 4739. */
    MULTIPLE_AUTH_SUPPORTED(16404),
    ANOTHER_AUTH_FOLLOWS(16405),
    /** RFC 5685. */
    REDIRECT_SUPPORTED(16406),
    REDIRECT(16407),
    REDIRECTED_FROM(16408),
    /** RFC 5998. */
    EAP_ONLY_AUTHENTICATION(16417),
    /** RFC 6023. */
    CHILDLESS_IKEV2_SUPPORTED(16418),
    /** RFC 6311. */
    IKEV2_MESSAGE_ID_SYNC_SUPPORTED(16420),
    /** RFC 7383. */
    IKEV2_FRAGMENTATION_SUPPORTED(16430),
    /** RFC 7427. */
    SIGNATURE_HASH_ALGORITHMS(16431),
    /** Any value not listed above. */
    UNKNOWN(-1);

    /** First status type; lower values are errors. */
    public static final int FIRST_STATUS_TYPE = 16384;

    private static final Map<Integer, NotifyType> BY_WIRE = new HashMap<>();

    static {
        for (NotifyType t : values()) {
            if (t != UNKNOWN) {
                BY_WIRE.put(t.wire, t);
            }
        }
    }

    private final int wire;

    NotifyType(int wire) {
        this.wire = wire;
    }

    /** The 16-bit wire value; -1 for {@link #UNKNOWN}. */
    public int wire() {
        return wire;
    }

    /** True for error types (below 16384). */
    public boolean isError() {
        return wire > 0 && wire < FIRST_STATUS_TYPE;
    }

    /** True if a raw wire value is in the error range, whether we know it or not. */
    public static boolean isErrorValue(int wire) {
        return wire > 0 && wire < FIRST_STATUS_TYPE;
    }

    /** Maps a wire value to its constant, or {@link #UNKNOWN}. */
    public static NotifyType fromWire(int wire) {
        return BY_WIRE.getOrDefault(wire, UNKNOWN);
    }
}

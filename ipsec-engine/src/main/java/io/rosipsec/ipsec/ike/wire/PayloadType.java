package io.rosipsec.ipsec.ike.wire;

import java.util.HashMap;
import java.util.Map;

/**
 * Payload types with their IKEv2 and IKEv1 wire values ({@link #NOT_DEFINED} where a payload exists in one version
 * only; -1 in the table below). The numbers differ between versions, so decoding goes through {@link #fromV2Wire(int)} or {@link
 * #fromV1Wire(int)}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.2">RFC 7296 §3.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-3.1">RFC 2408 §3.1</a>, RFC 3947 §3
 */
public enum PayloadType {
    NO_NEXT_PAYLOAD(0, 0),
    SA(33, 1),
    PROPOSAL(-1, 2),
    TRANSFORM(-1, 3),
    KE(34, 4),
    /** IKEv1 Identification (one type for both sides). */
    ID(-1, 5),
    ID_INITIATOR(35, -1),
    ID_RESPONDER(36, -1),
    CERT(37, 6),
    CERTREQ(38, 7),
    HASH(-1, 8),
    SIGNATURE(-1, 9),
    AUTH(39, -1),
    NONCE(40, 10),
    NOTIFY(41, 11),
    DELETE(42, 12),
    VENDOR_ID(43, 13),
    /** IKEv1 mode-config attribute payload (draft-dukes-ike-mode-cfg). */
    ATTRIBUTE(-1, 14),
    TS_INITIATOR(44, -1),
    TS_RESPONDER(45, -1),
    SK(46, -1),
    CP(47, -1),
    EAP(48, -1),
    /** RFC 7383 encrypted fragment. */
    SKF(53, -1),
    /** RFC 3947 NAT-D. */
    NAT_D(-1, 20),
    /** RFC 3947 NAT-OA. */
    NAT_OA(-1, 21),
    /** draft-ietf-ipsec-nat-t-ike-02/03 NAT-D, still sent by old peers. */
    NAT_D_DRAFT(-1, 130),
    NAT_OA_DRAFT(-1, 131),
    /** Any value not listed above. */
    UNKNOWN(-1, -1);

    /** Wire value of a payload type that does not exist in a protocol version. */
    public static final int NOT_DEFINED = -1;

    private static final Map<Integer, PayloadType> BY_V2 = new HashMap<>();
    private static final Map<Integer, PayloadType> BY_V1 = new HashMap<>();

    static {
        for (PayloadType t : values()) {
            if (t.v2 != NOT_DEFINED) {
                BY_V2.put(t.v2, t);
            }
            if (t.v1 != NOT_DEFINED) {
                BY_V1.put(t.v1, t);
            }
        }
    }

    private final int v2;
    private final int v1;

    PayloadType(int v2, int v1) {
        this.v2 = v2;
        this.v1 = v1;
    }


    /** IKEv2 wire value, or {@link #NOT_DEFINED}. */
    public int v2() {
        return v2;
    }

    /** IKEv1 wire value, or {@link #NOT_DEFINED}. */
    public int v1() {
        return v1;
    }

    /** Maps an IKEv2 wire value to its constant, or {@link #UNKNOWN}. */
    public static PayloadType fromV2Wire(int wire) {
        return BY_V2.getOrDefault(wire, UNKNOWN);
    }

    /** Maps an IKEv1 wire value to its constant, or {@link #UNKNOWN}. */
    public static PayloadType fromV1Wire(int wire) {
        return BY_V1.getOrDefault(wire, UNKNOWN);
    }
}

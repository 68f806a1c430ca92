package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PayloadTypeTest {
    @Test
    void versionSpecificNumbers() {
        assertEquals(PayloadType.SA, PayloadType.fromV2Wire(33));
        assertEquals(PayloadType.SA, PayloadType.fromV1Wire(1));
        assertEquals(PayloadType.SK, PayloadType.fromV2Wire(46));
        assertEquals(PayloadType.NAT_D, PayloadType.fromV1Wire(20));
        assertEquals(PayloadType.NONCE, PayloadType.fromV1Wire(10));
        assertEquals(40, PayloadType.NONCE.v2());
        assertEquals(PayloadType.NOT_DEFINED, PayloadType.HASH.v2());
        assertEquals(PayloadType.UNKNOWN, PayloadType.fromV2Wire(1));
        assertEquals(PayloadType.UNKNOWN, PayloadType.fromV2Wire(-1));
        assertEquals(PayloadType.UNKNOWN, PayloadType.fromV1Wire(46));
    }
}

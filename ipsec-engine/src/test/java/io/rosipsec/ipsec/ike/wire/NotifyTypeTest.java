package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotifyTypeTest {
    @Test
    void wireValuesFromRfc7296AndIana() {
        assertEquals(NotifyType.INVALID_KE_PAYLOAD, NotifyType.fromWire(17));
        assertEquals(NotifyType.NAT_DETECTION_SOURCE_IP, NotifyType.fromWire(16388));
        assertEquals(NotifyType.REKEY_SA, NotifyType.fromWire(16393));
        assertEquals(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED, NotifyType.fromWire(16430));
        assertEquals(NotifyType.SIGNATURE_HASH_ALGORITHMS, NotifyType.fromWire(16431));
        assertEquals(NotifyType.UNKNOWN, NotifyType.fromWire(12345));
        assertTrue(NotifyType.TS_UNACCEPTABLE.isError());
        assertFalse(NotifyType.COOKIE.isError());
        assertFalse(NotifyType.UNKNOWN.isError());
        assertTrue(NotifyType.isErrorValue(12345));
    }
}

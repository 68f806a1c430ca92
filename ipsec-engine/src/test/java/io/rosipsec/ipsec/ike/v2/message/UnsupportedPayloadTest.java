package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.UnsupportedCriticalPayloadException;
import org.junit.jupiter.api.Test;

class UnsupportedPayloadTest {
    @Test
    void nonCriticalUnknownIsKept() throws Exception {
        IkePayload p = Fixtures.decode(200, "00000006abcd");
        assertEquals(UnsupportedPayload.class, p.getClass());
        assertEquals(200, p.type());
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, ((UnsupportedPayload) p).body());
        assertEquals("00000006abcd", Fixtures.encode(p, 0));
    }

    @Test
    void criticalUnknownIsRejectedWithPayloadType() {
        UnsupportedCriticalPayloadException e = assertThrows(
                UnsupportedCriticalPayloadException.class, () -> Fixtures.decode(200, "00800006abcd"));
        assertEquals(200, e.payloadType());
        assertEquals(NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD, e.notifyType());
        assertArrayEquals(new byte[] {(byte) 200}, e.notifyData());
    }
}

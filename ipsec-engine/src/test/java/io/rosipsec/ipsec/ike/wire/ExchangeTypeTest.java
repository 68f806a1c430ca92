package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExchangeTypeTest {
    @Test
    void v1AndV2Values() {
        assertEquals(ExchangeType.IKE_SA_INIT, ExchangeType.fromWire(34));
        assertEquals(ExchangeType.INFORMATIONAL, ExchangeType.fromWire(37));
        assertEquals(2, ExchangeType.IKE_AUTH.ikeVersion());
        assertEquals(ExchangeType.QUICK_MODE, ExchangeType.fromWire(32));
        assertEquals(1, ExchangeType.AGGRESSIVE.ikeVersion());
        assertEquals(ExchangeType.UNKNOWN, ExchangeType.fromWire(0));
        assertEquals(ExchangeType.UNKNOWN, ExchangeType.fromWire(-1));
    }
}

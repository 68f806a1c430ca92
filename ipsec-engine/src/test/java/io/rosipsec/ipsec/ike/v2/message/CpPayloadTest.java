package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpPayloadTest {
    @Test
    void requestWithEmptyAttributesRoundTrips() throws Exception {
        CpPayload cp = new CpPayload(ConfigType.CFG_REQUEST, List.of(
                new ConfigAttribute(ConfigAttributeType.INTERNAL_IP4_ADDRESS, new byte[0]),
                new ConfigAttribute(ConfigAttributeType.INTERNAL_IP4_DNS, new byte[0])));
        String hex = Fixtures.encode(cp, 0);
        assertEquals("00000010010000000001000000030000", hex);
        CpPayload back = (CpPayload) Fixtures.decode(47, hex);
        assertEquals(ConfigType.CFG_REQUEST, back.cfgType());
        assertEquals(cp.attributes(), back.attributes());
    }

    @Test
    void replyWithAddressRoundTrips() throws Exception {
        String hex = "0000001002000000000100040a000001";
        CpPayload cp = (CpPayload) Fixtures.decode(47, hex);
        assertEquals(ConfigAttributeType.INTERNAL_IP4_ADDRESS, cp.attributes().get(0).type());
        assertEquals(hex, Fixtures.encode(cp, 0));
    }

    @Test
    void rejectsTruncatedAttribute() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(47, "0000000e02000000000100040a00"));
    }
}

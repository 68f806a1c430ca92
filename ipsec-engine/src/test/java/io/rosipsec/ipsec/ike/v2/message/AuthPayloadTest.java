package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class AuthPayloadTest {
    @Test
    void roundTripsCapturedPskAuth() throws Exception {
        String hex = "2100001c02000000df7c038aefaaa32d3f44b228b52a332744dfb2c1";
        AuthPayload a = (AuthPayload) Fixtures.decode(39, hex);
        assertEquals(AuthMethod.SHARED_KEY_MIC, a.method());
        assertEquals(20, a.data().length);
        assertEquals(hex, Fixtures.encode(a, 0x21));
    }

    @Test
    void rejectsEmptyData() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(39, "0000000802000000"));
    }
}

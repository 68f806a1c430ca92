package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class EapPayloadTest {
    // Decrypted body of the ike-auth-3des-response.hex fixture.
    static final String CAPTURED =
            "00000028013c00241a013c001f10dac4f8b759138776091dd0f00033c5b07374726f6e675377616e";

    @Test
    void roundTripsCapturedEapMessage() throws Exception {
        EapPayload eap = (EapPayload) Fixtures.decode(48, CAPTURED);
        assertEquals(36, eap.message().length);
        assertEquals(CAPTURED, Fixtures.encode(eap, 0));
    }

    @Test
    void rejectsLengthMismatchAndShortMessage() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(48, "0000000801010005"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(48, "000000070101"));
    }
}

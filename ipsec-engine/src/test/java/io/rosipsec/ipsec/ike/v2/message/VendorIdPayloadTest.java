package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class VendorIdPayloadTest {
    @Test
    void roundTripsCapturedVendorId() throws Exception {
        String hex = "0000002069936922" + "8741c6d4ca094c93e242c9de19e7b7c60000000500000500";
        VendorIdPayload v = (VendorIdPayload) Fixtures.decode(43, hex);
        assertEquals("699369228741c6d4ca094c93e242c9de19e7b7c60000000500000500", Hex.encode(v.vendorId()));
        assertEquals(hex, Fixtures.encode(v, 0));
    }

    @Test
    void rejectsEmpty() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(43, "00000004"));
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class IdPayloadTest {
    @Test
    void fqdnBodyIsTheAuthInputOfSpecVector() {
        // spec ike-esp.md §3.7: IDi' = 02000000612e74657374 for FQDN "a.test".
        IdPayload id = IdPayload.fqdn(true, "a.test");
        assertEquals("02000000612e74657374", Hex.encode(id.body()));
        assertEquals("2400000e02000000612e74657374", Fixtures.encode(id, 36));
    }

    @Test
    void decodesIpv4IdFromCapturedChain() throws Exception {
        IdPayload id = (IdPayload) Fixtures.decode(35, "2400000c010000000a50500d");
        assertTrue(id.isInitiator());
        assertEquals(IdType.IPV4_ADDR, id.idType());
        assertEquals("0a50500d", Hex.encode(id.data()));
        IdPayload r = (IdPayload) Fixtures.decode(36, "2700000c010000000a505050");
        assertFalse(r.isInitiator());
    }

    @Test
    void rejectsWrongAddressLengthAndEmptyData() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(35, "0000000b010000000a5050"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(35, "0000000c050000000a505050"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(35, "0000000802000000"));
    }
}

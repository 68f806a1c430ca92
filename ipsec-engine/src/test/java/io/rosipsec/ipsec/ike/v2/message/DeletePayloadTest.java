package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletePayloadTest {
    @Test
    void ikeSaDeleteHasNoSpi() throws Exception {
        assertEquals("0000000801000000", Fixtures.encode(DeletePayload.ikeSa(), 0));
        DeletePayload d = (DeletePayload) Fixtures.decode(42, "0000000801000000");
        assertEquals(ProtocolId.IKE, d.protocol());
        assertEquals(List.of(), d.spis());
    }

    @Test
    void espDeleteRoundTrips() throws Exception {
        DeletePayload d = DeletePayload.childSas(ProtocolId.ESP, List.of(0xc1a2b3d4, 0x00000101));
        String hex = Fixtures.encode(d, 0);
        assertEquals("0000001003040002c1a2b3d400000101", hex);
        DeletePayload back = (DeletePayload) Fixtures.decode(42, hex);
        assertEquals(d.spis(), back.spis());
        assertEquals(hex, Fixtures.encode(back, 0));
    }

    @Test
    void rejectsInconsistentCountsAndSizes() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(42, "0000000c0104000100000001"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(42, "0000000c0308000100000001"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(42, "0000000c0304000200000001"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(42, "0000000809000000"));
    }
}

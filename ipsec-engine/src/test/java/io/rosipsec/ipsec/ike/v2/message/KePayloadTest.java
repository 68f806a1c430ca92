package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class KePayloadTest {
    @Test
    void roundTripsX25519Value() throws Exception {
        byte[] pub = new byte[32];
        pub[0] = (byte) 0x85;
        KePayload ke = new KePayload(31, pub);
        String hex = Fixtures.encode(ke, 40);
        assertEquals("28000028001f0000", hex.substring(0, 16));
        KePayload back = (KePayload) Fixtures.decode(34, hex);
        assertEquals(31, back.dhGroup());
        assertArrayEquals(pub, back.keyData());
        assertEquals(hex, Fixtures.encode(back, 40));
    }

    @Test
    void rejectsEmptyKeyData() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(34, "00000008000e0000"));
    }

    @Test
    void rejectsTruncatedBody() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(34, "00000006000e"));
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import org.junit.jupiter.api.Test;

class NoncePayloadTest {
    // Ni of the strongSwan exchange in spec ike-esp.md §3.7.
    static final String NI = "3fe985a052adadc527e953f18af757b380ba575860f38bc782417dcbbb67aafe";

    @Test
    void decodesAndReencodes() throws Exception {
        String hex = "29000024" + NI;
        NoncePayload n = (NoncePayload) Fixtures.decode(40, hex);
        assertArrayEquals(Hex.decode(NI), n.nonce());
        assertEquals(hex, Fixtures.encode(n, 41));
    }

    @Test
    void acceptsBounds() throws Exception {
        assertEquals(16, ((NoncePayload) Fixtures.decode(40, "00000014" + "00".repeat(16))).nonce().length);
        assertEquals(256, ((NoncePayload) Fixtures.decode(40, "00000104" + "00".repeat(256))).nonce().length);
    }

    @Test
    void rejectsTooShortAndTooLong() {
        InvalidSyntaxException e =
                assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(40, "00000013" + "00".repeat(15)));
        assertEquals(NotifyType.INVALID_SYNTAX, e.notifyType());
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(40, "00000105" + "00".repeat(257)));
        assertThrows(IllegalArgumentException.class, () -> new NoncePayload(new byte[15]));
    }
}

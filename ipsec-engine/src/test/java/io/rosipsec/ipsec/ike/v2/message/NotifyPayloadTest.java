package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.ike.wire.InvalidKeException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import org.junit.jupiter.api.Test;

class NotifyPayloadTest {
    @Test
    void roundTripsCapturedNatDetection() throws Exception {
        String hex = "2900001c00004004e54f73b7d83f6beb881eab2051d8663f421d10b0";
        NotifyPayload n = (NotifyPayload) Fixtures.decode(41, hex);
        assertEquals(NotifyType.NAT_DETECTION_SOURCE_IP, n.notifyType());
        assertFalse(n.isError());
        assertEquals(20, n.data().length);
        assertEquals(hex, Fixtures.encode(n, 41));
    }

    @Test
    void rekeySaCarriesEspSpi() throws Exception {
        NotifyPayload n = new NotifyPayload(ProtocolId.ESP, new byte[] {1, 2, 3, 4}, NotifyType.REKEY_SA, new byte[0]);
        String hex = Fixtures.encode(n, 33);
        assertEquals("2100000c0304400901020304", hex);
        NotifyPayload back = (NotifyPayload) Fixtures.decode(41, hex);
        assertEquals(ProtocolId.ESP, back.protocol());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, back.spi());
    }

    @Test
    void errorNotifyFromExceptionCarriesWantedGroup() {
        NotifyPayload n = NotifyPayload.of(new InvalidKeException(19));
        assertEquals(NotifyType.INVALID_KE_PAYLOAD, n.notifyType());
        assertTrue(n.isError());
        assertArrayEquals(new byte[] {0, 19}, n.data());
    }

    @Test
    void unknownErrorTypeIsStillAnError() throws Exception {
        NotifyPayload n = (NotifyPayload) Fixtures.decode(41, "0000000800002000".replace("2000", "00c8"));
        assertEquals(NotifyType.UNKNOWN, n.notifyType());
        assertEquals(200, n.notifyTypeValue());
        assertTrue(n.isError());
    }

    @Test
    void checksDataLengthOfWellKnownTypes() {
        // COOKIE without data, INVALID_KE_PAYLOAD with 1 byte, NAT-D with 19 bytes.
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(41, "0000000800004006"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(41, "000000090000001102"));
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(41, "0000001b00004005" + "00".repeat(19)));
        // SPI size larger than the payload.
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(41, "0000000803084009"));
    }
}

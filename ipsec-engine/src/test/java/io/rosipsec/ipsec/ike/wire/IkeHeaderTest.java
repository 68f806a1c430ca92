package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IkeHeaderTest {
    // Header of the Android IKE_SA_INIT fixture (src/test/resources/ike/v2/ike-sa-init-request.hex).
    static final String CAPTURED = "8f54bf6d8b48e6e10000000000000000212022080000000000000150";

    @Test
    void decodesAndReencodesCapturedHeader() throws Exception {
        IkeHeader h = IkeHeader.decode(new ByteReader(Hex.decode(CAPTURED)));
        assertEquals(0x8f54bf6d8b48e6e1L, h.spiInitiator());
        assertEquals(0, h.spiResponder());
        assertEquals(33, h.nextPayload());
        assertEquals(2, h.majorVersion());
        assertEquals(0, h.minorVersion());
        assertEquals(ExchangeType.IKE_SA_INIT, h.exchangeType());
        assertTrue(h.isFromInitiator());
        assertFalse(h.isResponse());
        assertFalse(h.isVersionFlag());
        assertEquals(0, h.messageId());
        assertEquals(336, h.length());
        ByteWriter w = new ByteWriter();
        h.encode(w);
        assertEquals(CAPTURED, Hex.encode(w.toByteArray()));
    }

    @Test
    void v2FactorySetsFlagsAndVersion() {
        IkeHeader h = IkeHeader.v2(1, 2, ExchangeType.CREATE_CHILD_SA, false, true, -1)
                .withNextPayloadAndLength(46, 80);
        ByteWriter w = new ByteWriter();
        h.encode(w);
        assertEquals("00000000000000010000000000000002" + "2e202420" + "ffffffff" + "00000050",
                Hex.encode(w.toByteArray()));
        assertThrows(IllegalArgumentException.class,
                () -> IkeHeader.v2(1, 2, ExchangeType.QUICK_MODE, true, false, 0));
    }

    @Test
    void isakmpHeaderUsesTheSameLayout() throws Exception {
        // IKEv1 Main Mode, version 1.0, E flag.
        IkeHeader h = IkeHeader.decode(new ByteReader(
                Hex.decode("0102030405060708" + "1112131415161718" + "05100201" + "00000000" + "0000004c")));
        assertEquals(1, h.majorVersion());
        assertEquals(ExchangeType.IDENTITY_PROTECTION, h.exchangeType());
        assertEquals(IkeHeader.FLAG_V1_ENCRYPTION, h.flags());
    }

    @Test
    void truncatedHeaderIsInvalidSyntax() {
        assertThrows(InvalidSyntaxException.class,
                () -> IkeHeader.decode(new ByteReader(Hex.decode(CAPTURED.substring(0, 54)))));
    }
}

package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.ByteRange;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class SkPayloadTest {
    @Test
    void cbcRangesOfCapturedIkeAuthRequest() throws Exception {
        byte[] raw = Fixtures.load("ike-auth-request.hex");
        SkPayload sk = IkeMessage.decode(raw).sk().orElseThrow();
        int len = raw.length;
        assertEquals(28, sk.headerOffset(len));
        assertEquals(new ByteRange(0, 32), sk.aadRange(len));
        assertEquals("b9132b7bb9f658dfdc648e5017a6322a", Hex.encode(sk.ivRange(len, 16).copyOf(raw)));
        ByteRange ct = sk.ciphertextRange(len, 16, 12);
        assertEquals(176, ct.length());
        assertEquals("030c316c", Hex.encode(ct.copyOf(raw)).substring(0, 8));
        assertEquals("ae6e0f22abdad69ba8007d50", Hex.encode(sk.icvRange(len, 12).copyOf(raw)));
        // The ICV covers the header through the end of the ciphertext.
        assertEquals(new ByteRange(0, len - 12), sk.integrityRange(len, 12));
        assertEquals(ct.end(), sk.integrityRange(len, 12).end());
    }

    @Test
    void aeadRangesOfCapturedGcmMessage() throws Exception {
        byte[] raw = Fixtures.load("ike-auth-gcm.hex");
        SkPayload sk = IkeMessage.decode(raw).sk().orElseThrow();
        assertEquals(39, sk.firstInnerPayload());
        // AAD = IKE header || SK generic header (RFC 5282 §5.1).
        assertArrayEquals(
                Hex.decode("77c708b4523e39a471dc683c1d4f21362e202308000000050000006127000045"),
                sk.aadRange(raw.length).copyOf(raw));
        // 97 - 28 - 4 - 8 IV - 16 ICV = 41 bytes: 40-byte AUTH payload + pad length 0.
        assertEquals(41, sk.ciphertextRange(raw.length, 8, 16).length());
    }

    @Test
    void bodyTooShortForAlgorithmIsInvalidSyntax() throws Exception {
        byte[] raw = Fixtures.load("ike-auth-3des-response.hex");
        SkPayload sk = IkeMessage.decode(raw).sk().orElseThrow();
        assertEquals(48, sk.firstInnerPayload());
        assertThrows(InvalidSyntaxException.class, () -> sk.ciphertextRange(raw.length, 60, 12));
        assertThrows(InvalidSyntaxException.class, () -> sk.aadRange(10));
    }

    @Test
    void emptySkIsInvalidSyntax() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(46, "27000004"));
    }
}

package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EncrAlgTest {
    @ParameterizedTest
    @EnumSource(EncrAlg.class)
    void fromWireRoundTrips(EncrAlg alg) {
        assertEquals(Optional.of(alg), EncrAlg.fromWire(alg.ikev2Id()));
    }

    @Test
    void wireValuesMatchTheRegistries() {
        // RFC 7296 §3.3.2 / IANA IKEv2 Transform Type 1
        assertEquals(12, EncrAlg.AES_CBC.ikev2Id());
        assertEquals(13, EncrAlg.AES_CTR.ikev2Id());
        assertEquals(18, EncrAlg.AES_GCM_8.ikev2Id());
        assertEquals(19, EncrAlg.AES_GCM_12.ikev2Id());
        assertEquals(20, EncrAlg.AES_GCM_16.ikev2Id());
        assertEquals(23, EncrAlg.CAMELLIA_CBC.ikev2Id());
        assertEquals(28, EncrAlg.CHACHA20_POLY1305.ikev2Id());
        // RFC 2409 App. A phase-1 values differ from the ESP IDs
        assertEquals(Optional.of(EncrAlg.AES_CBC), EncrAlg.fromIkev1Phase1(7));
        assertEquals(Optional.of(EncrAlg.TRIPLE_DES), EncrAlg.fromIkev1Phase1(5));
        assertEquals(Optional.of(EncrAlg.BLOWFISH), EncrAlg.fromIkev1Phase1(3));
        assertEquals(Optional.of(EncrAlg.CAMELLIA_CBC), EncrAlg.fromIkev1Phase1(8));
        assertEquals(Optional.of(EncrAlg.DES), EncrAlg.fromIkev1Phase1(1));
        assertEquals(Optional.of(EncrAlg.CAMELLIA_CBC), EncrAlg.fromIkev1Esp(22));
        assertEquals(Optional.of(EncrAlg.TWOFISH_CBC), EncrAlg.fromIkev1Esp(253));
        assertEquals(Optional.of(EncrAlg.TWOFISH_CBC), EncrAlg.fromIkev1Phase1(65005));
        assertEquals(EncrAlg.NONE, EncrAlg.CHACHA20_POLY1305.ikev1EspId());
    }

    @Test
    void unknownValuesAreEmpty() {
        assertEquals(Optional.empty(), EncrAlg.fromWire(0));
        assertEquals(Optional.empty(), EncrAlg.fromWire(14));
        assertEquals(Optional.empty(), EncrAlg.fromWire(65535));
        assertEquals(Optional.empty(), EncrAlg.fromIkev1Phase1(EncrAlg.NONE));
        assertEquals(Optional.empty(), EncrAlg.fromIkev1Esp(-1));
        assertEquals(Optional.empty(), EncrAlg.fromRouterOsName("rot13"));
        assertEquals(Optional.empty(), EncrAlg.fromRouterOsName(null));
    }

    @Test
    void routerOsFamilyNames() {
        assertEquals(Optional.of(EncrAlg.AES_GCM_16), EncrAlg.fromRouterOsName("aes-gcm"));
        assertEquals(Optional.of(EncrAlg.AES_CBC), EncrAlg.fromRouterOsName("AES-CBC"));
        assertEquals(Optional.of(EncrAlg.TRIPLE_DES), EncrAlg.fromRouterOsName("3des"));
        assertEquals("camellia", EncrAlg.CAMELLIA_CBC.routerOsName());
    }

    @Test
    void sizesAndKeymat() {
        assertEquals(20, EncrAlg.AES_GCM_16.keymatLength(128));
        assertEquals(36, EncrAlg.CHACHA20_POLY1305.keymatLength(256));
        assertEquals(32, EncrAlg.AES_CBC.keymatLength(256));
        assertEquals(8, EncrAlg.AES_GCM_8.icvLength());
        assertTrue(EncrAlg.AES_CBC.hasKeyLengthAttribute());
        assertFalse(EncrAlg.TRIPLE_DES.hasKeyLengthAttribute());
        assertFalse(EncrAlg.AES_CBC.isValidKeyBits(100));
        assertTrue(EncrAlg.TWOFISH_CBC.isPrivateUse());
        assertFalse(EncrAlg.AES_GCM_16.isPrivateUse());
    }
}

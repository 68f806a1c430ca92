package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntegAlgTest {
    @ParameterizedTest
    @EnumSource(IntegAlg.class)
    void fromWireAndNameRoundTrip(IntegAlg alg) {
        assertEquals(Optional.of(alg), IntegAlg.fromWire(alg.ikev2Id()));
        assertEquals(Optional.of(alg), IntegAlg.fromRouterOsName(alg.routerOsName()));
    }

    @Test
    void truncationsAndIkev1Values() {
        // RFC 4868 §2.6: 128/192/256-bit truncations; SHA-256 is not the 96-bit draft variant.
        assertEquals(16, IntegAlg.HMAC_SHA2_256_128.icvLength());
        assertEquals(24, IntegAlg.HMAC_SHA2_384_192.icvLength());
        assertEquals(32, IntegAlg.HMAC_SHA2_512_256.icvLength());
        assertEquals(12, IntegAlg.HMAC_SHA1_96.icvLength());
        assertEquals(Optional.of(IntegAlg.HMAC_SHA2_256_128), IntegAlg.fromIkev1EspAuth(5));
        assertEquals(Optional.of(IntegAlg.HMAC_SHA2_256_128), IntegAlg.fromIkev1Hash(4));
        assertEquals(Optional.of(IntegAlg.HMAC_MD5_96), IntegAlg.fromIkev1EspAuth(1));
        assertEquals(3, IntegAlg.HMAC_SHA1_96.ikev1AhId());
    }

    @Test
    void unknownValuesAreEmpty() {
        assertEquals(Optional.empty(), IntegAlg.fromWire(5));
        assertEquals(Optional.empty(), IntegAlg.fromIkev1EspAuth(-1));
        assertEquals(Optional.empty(), IntegAlg.fromRouterOsName("sha3"));
    }
}

package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrfAlgTest {
    @ParameterizedTest
    @EnumSource(PrfAlg.class)
    void lookupsRoundTrip(PrfAlg alg) {
        assertEquals(Optional.of(alg), PrfAlg.fromWire(alg.ikev2Id()));
        assertEquals(Optional.of(alg), PrfAlg.fromIkev1Hash(alg.ikev1HashId()));
        assertEquals(Optional.of(alg), PrfAlg.fromRouterOsName(alg.routerOsName()));
    }

    @Test
    void valuesAndUnknowns() {
        assertEquals(5, PrfAlg.HMAC_SHA2_256.ikev2Id());
        assertEquals(48, PrfAlg.HMAC_SHA2_384.outputLength());
        assertEquals(Optional.empty(), PrfAlg.fromWire(4)); // AES-XCBC-PRF: not offered
        assertEquals(Optional.empty(), PrfAlg.fromRouterOsName("auto"));
        assertEquals(Optional.empty(), PrfAlg.fromIkev1Hash(3)); // Tiger
    }
}

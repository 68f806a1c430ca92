package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DhGroupTest {
    @ParameterizedTest
    @EnumSource(DhGroup.class)
    void lookupsRoundTrip(DhGroup g) {
        assertEquals(Optional.of(g), DhGroup.fromWire(g.id()));
        assertEquals(Optional.of(g), DhGroup.fromRouterOsName(g.routerOsName()));
    }

    @Test
    void numbersAndSizes() {
        assertEquals(14, DhGroup.MODP2048.id());
        assertEquals(31, DhGroup.X25519.id());
        assertEquals(256, DhGroup.MODP2048.publicValueLength());
        assertEquals(132, DhGroup.ECP521.publicValueLength());
        assertEquals(66, DhGroup.ECP521.sharedSecretLength());
        assertEquals(32, DhGroup.X25519.publicValueLength());
        assertEquals(Optional.empty(), DhGroup.fromWire(22));
        assertEquals(Optional.empty(), DhGroup.fromRouterOsName("ec2n155"));
    }
}

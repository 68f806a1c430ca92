package io.rosipsec.ipsec.ike.keymat;

import static io.rosipsec.ipsec.crypto.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import io.rosipsec.ipsec.crypto.TestVectors;
import io.rosipsec.ipsec.crypto.TestVectors.Vector;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole IKEv2 KDF chain against the live strongSwan 5.9.8 vector (spec §3.7, resource
 * {@code io/rosipsec/ipsec/crypto/ikev2-kdf-vectors.txt}) on both back ends.
 */
class Ikev2KdfTest {
    static List<CryptoSuite> suites() {
        return List.of(new JcaCryptoSuite(), new BcCryptoSuite());
    }

    private static Vector vector() {
        return TestVectors.load("/io/rosipsec/ipsec/crypto/ikev2-kdf-vectors.txt").get(0);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void matchesStrongSwan(CryptoSuite suite) {
        Vector v = vector();
        PrfPrimitive prf = suite.prf(PrfAlg.valueOf(v.text("prf")));
        byte[] ni = v.hex("ni");
        byte[] nr = v.hex("nr");
        byte[] skeyseed = Ikev2Kdf.skeyseed(prf, ni, nr, v.hex("gir"));
        assertEquals(v.text("skeyseed"), hex(skeyseed));
        long spiI = ByteBuffer.wrap(v.hex("spii")).getLong();
        long spiR = ByteBuffer.wrap(v.hex("spir")).getLong();
        try (IkeSaKeys k = Ikev2Kdf.ikeSaKeys(prf, skeyseed, ni, nr, spiI, spiR, 32, 16)) {
            assertEquals(v.text("skd"), hex(k.skD()));
            assertEquals(v.text("skai"), hex(k.skAi()));
            assertEquals(v.text("skar"), hex(k.skAr()));
            assertEquals(v.text("skei"), hex(k.skEi()));
            assertEquals(v.text("sker"), hex(k.skEr()));
            assertEquals(v.text("skpi"), hex(k.skPi()));
            assertEquals(v.text("skpr"), hex(k.skPr()));
            try (ChildKeys c = Ikev2Kdf.childKeys(prf, k.skD(), null, ni, nr, 16, 32)) {
                assertEquals(v.text("espEncrIr"), hex(c.encIr()));
                assertEquals(v.text("espIntegIr"), hex(c.integIr()));
                assertEquals(v.text("espEncrRi"), hex(c.encRi()));
                assertEquals(v.text("espIntegRi"), hex(c.integRi()));
            }
            assertEquals(v.text("pskPadded"), hex(Ikev2Kdf.paddedSecret(prf, v.hex("psk"))));
            byte[] octets = Ikev2Kdf.signedOctets(prf, new byte[0], new byte[0], k.skPi(),
                    v.hex("idi"));
            assertEquals(v.text("prfSkpiIdi"), hex(octets));
        }
    }
}

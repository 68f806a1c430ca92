package io.rosipsec.ipsec.crypto.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.CryptoSuiteContractTest;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import org.junit.jupiter.api.Test;

/** Runs the {@link CryptoSuiteContractTest} against the JDK back end. */
class JcaCryptoSuiteTest extends CryptoSuiteContractTest {
    JcaCryptoSuiteTest() {
        super(new JcaCryptoSuite());
    }

    @Test
    void reportsWhatTheJdkLacks() {
        assertEquals("jca", suite.name());
        assertFalse(suite.supports(EncrAlg.CAMELLIA_CBC, 128));
        assertFalse(suite.supports(EncrAlg.TWOFISH_CBC, 256));
        assertFalse(suite.supports(EncrAlg.AES_GCM_8, 128));
        assertTrue(suite.supports(EncrAlg.AES_GCM_16, 256));
        assertTrue(suite.supports(EncrAlg.BLOWFISH, 128));
        assertTrue(suite.supports(EncrAlg.CHACHA20_POLY1305, 256));
        assertTrue(suite.supports(DhGroup.X25519));
    }
}

package io.rosipsec.ipsec.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.CryptoSuiteContractTest;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.PrfAlg;
import org.junit.jupiter.api.Test;

/** Runs the {@link CryptoSuiteContractTest} against the Bouncy Castle back end. */
class BcCryptoSuiteTest extends CryptoSuiteContractTest {
    BcCryptoSuiteTest() {
        super(new BcCryptoSuite());
    }

    @Test
    void supportsTheWholeRegistry() {
        assertEquals("bc", suite.name());
        for (EncrAlg a : EncrAlg.values()) {
            for (int bits : a.keySizes()) {
                assertTrue(suite.supports(a, bits), a + "/" + bits);
            }
        }
        for (IntegAlg a : IntegAlg.values()) {
            assertTrue(suite.supports(a));
        }
        for (PrfAlg a : PrfAlg.values()) {
            assertTrue(suite.supports(a));
        }
        for (DhGroup g : DhGroup.values()) {
            assertTrue(suite.supports(g));
        }
    }
}

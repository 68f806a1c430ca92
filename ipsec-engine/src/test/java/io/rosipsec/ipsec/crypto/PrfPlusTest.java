package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** prf+ structure (RFC 7296 §2.13); the CAVP vector runs per suite in the contract test. */
class PrfPlusTest {
    private final PrfPrimitive prf = new BcCryptoSuite().prf(PrfAlg.HMAC_SHA1);

    @Test
    void blocksChainAsSpecified() {
        byte[] k = {1, 2, 3};
        byte[] s = {4, 5};
        byte[] t1 = prf.compute(k, Octets.concat(s, new byte[] {1}));
        byte[] t2 = prf.compute(k, Octets.concat(t1, s, new byte[] {2}));
        byte[] out = PrfPlus.expand(prf, k, s, 30);
        assertArrayEquals(Octets.concat(t1, Arrays.copyOf(t2, 10)), out);
    }

    @Test
    void limitsTo255Blocks() {
        assertEquals(255 * 20, PrfPlus.expand(prf, new byte[1], new byte[1], 255 * 20).length);
        assertThrows(IllegalArgumentException.class,
                () -> PrfPlus.expand(prf, new byte[1], new byte[1], 255 * 20 + 1));
        assertEquals(0, PrfPlus.expand(prf, new byte[1], new byte[1], 0).length);
    }
}

package io.rosipsec.ipsec.crypto;

/**
 * An encryption transform with its key size in bits (excluding salt), as one RouterOS proposal or
 * profile name denotes it ({@code aes-256-cbc} = AES_CBC/256).
 */
public record EncrSpec(EncrAlg alg, int keyBits) {
    public EncrSpec {
        if (alg == null) {
            throw new IllegalArgumentException("alg");
        }
        if (!alg.isValidKeyBits(keyBits)) {
            throw new IllegalArgumentException(alg + " has no " + keyBits + "-bit key size");
        }
    }
}

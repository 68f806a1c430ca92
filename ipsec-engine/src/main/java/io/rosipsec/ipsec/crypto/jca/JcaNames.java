package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.HashAlg;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;

/** Standard JCA algorithm names for the registry values (Java Security Standard Algorithm Names). */
final class JcaNames {
    private JcaNames() {}

    /** Cipher transformation, or {@code null} if the JDK has none for this transform. */
    static String transformation(EncrAlg alg) {
        switch (alg) {
            case DES:
                return "DES/CBC/NoPadding";
            case TRIPLE_DES:
                return "DESede/CBC/NoPadding";
            case BLOWFISH:
                return "Blowfish/CBC/NoPadding";
            case AES_CBC:
                return "AES/CBC/NoPadding";
            case AES_CTR:
                return "AES/CTR/NoPadding";
            case AES_GCM_12:
            case AES_GCM_16:
                // SunJCE accepts GCM tags of 96..128 bits only, so the 8-byte ICV variant is absent.
                return "AES/GCM/NoPadding";
            case CHACHA20_POLY1305:
                return "ChaCha20-Poly1305";
            default:
                // Camellia and Twofish have no JDK implementation; AES_GCM_8 see above.
                return null;
        }
    }

    static String keyAlgorithm(EncrAlg alg) {
        switch (alg) {
            case DES:
                return "DES";
            case TRIPLE_DES:
                return "DESede";
            case BLOWFISH:
                return "Blowfish";
            case CHACHA20_POLY1305:
                return "ChaCha20";
            default:
                return "AES";
        }
    }

    /** The JCA MessageDigest name of a hash. */
    static String digest(HashAlg hash) {
        switch (hash) {
            case MD5:
                return "MD5";
            case SHA1:
                return "SHA-1";
            case SHA256:
                return "SHA-256";
            case SHA384:
                return "SHA-384";
            default:
                return "SHA-512";
        }
    }

    static String hmac(HashAlg hash) {
        switch (hash) {
            case MD5:
                return "HmacMD5";
            case SHA1:
                return "HmacSHA1";
            case SHA256:
                return "HmacSHA256";
            case SHA384:
                return "HmacSHA384";
            default:
                return "HmacSHA512";
        }
    }

    static Cipher newCipher(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " unavailable", e);
        }
    }

    static Mac newMac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}

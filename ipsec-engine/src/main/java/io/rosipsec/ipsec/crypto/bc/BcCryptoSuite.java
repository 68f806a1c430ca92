package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.AeadPrimitive;
import io.rosipsec.ipsec.crypto.CipherPrimitive;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.HashAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.crypto.MacPrimitive;
import io.rosipsec.ipsec.crypto.NullCipherPrimitive;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import io.rosipsec.ipsec.crypto.UnsupportedAlgorithmException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.Digest;

/**
 * The "software" crypto path (guideline 7): Bouncy Castle's lightweight API only ({@code
 * org.bouncycastle.crypto}), pure Java. It implements every registry value, including what the JDK
 * lacks (Camellia, Twofish, AES-GCM with an 8-byte ICV).
 */
public final class BcCryptoSuite implements CryptoSuite {
    private final SecureRandom random;

    public BcCryptoSuite() {
        this(new SecureRandom());
    }

    public BcCryptoSuite(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String name() {
        return "bc";
    }

    @Override
    public boolean supports(EncrAlg alg, int keyBits) {
        return alg.isValidKeyBits(keyBits);
    }

    @Override
    public boolean supports(IntegAlg alg) {
        return true;
    }

    @Override
    public boolean supports(PrfAlg alg) {
        return true;
    }

    @Override
    public boolean supports(DhGroup group) {
        return true;
    }

    @Override
    public AeadPrimitive aead(EncrAlg alg, int keyBits) {
        if (!alg.isAead()) {
            throw new IllegalArgumentException(alg + " is not an AEAD transform");
        }
        requireEncr(alg, keyBits);
        return new BcAeadPrimitive(alg, keyBits);
    }

    @Override
    public CipherPrimitive cipher(EncrAlg alg, int keyBits) {
        if (alg.isAead()) {
            throw new IllegalArgumentException(alg + " is an AEAD transform");
        }
        requireEncr(alg, keyBits);
        return alg == EncrAlg.NULL ? new NullCipherPrimitive() : new BcCipherPrimitive(alg, keyBits);
    }

    private void requireEncr(EncrAlg alg, int keyBits) {
        if (!supports(alg, keyBits)) {
            throw new UnsupportedAlgorithmException("bc: " + alg + "/" + keyBits);
        }
    }

    @Override
    public MacPrimitive integrity(IntegAlg alg) {
        if (alg == IntegAlg.NONE) {
            throw new IllegalArgumentException("AUTH_NONE has no primitive");
        }
        if (!supports(alg)) {
            throw new UnsupportedAlgorithmException("bc: " + alg);
        }
        return new BcMacPrimitive(alg);
    }

    @Override
    public PrfPrimitive prf(PrfAlg alg) {
        if (!supports(alg)) {
            throw new UnsupportedAlgorithmException("bc: " + alg);
        }
        return new BcPrfPrimitive(alg);
    }

    @Override
    public KeyExchange keyExchange(DhGroup group) {
        requireGroup(group);
        switch (group.kind()) {
            case MODP:
                return new BcModpKeyExchange(group, random);
            case ECP:
                return new BcEcpKeyExchange(group, random);
            default:
                return new BcX25519KeyExchange(random);
        }
    }

    @Override
    public KeyExchange keyExchange(DhGroup group, byte[] privateValue) {
        requireGroup(group);
        switch (group.kind()) {
            case MODP:
                return new BcModpKeyExchange(group, privateValue);
            case ECP:
                return new BcEcpKeyExchange(group, privateValue);
            default:
                return new BcX25519KeyExchange(privateValue);
        }
    }

    private void requireGroup(DhGroup group) {
        if (!supports(group)) {
            throw new UnsupportedAlgorithmException("bc: " + group);
        }
    }

    @Override
    public byte[] digest(HashAlg alg, byte[] data) {
        Digest d = BcEngines.digest(alg);
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }

    @Override
    public SecureRandom random() {
        return random;
    }
}

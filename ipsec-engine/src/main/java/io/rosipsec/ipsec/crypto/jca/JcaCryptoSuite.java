package io.rosipsec.ipsec.crypto.jca;

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
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;

/**
 * The "hardware" crypto path (guideline 7): the JDK's own providers through {@code javax.crypto}
 * and {@code java.security} (SunJCE ciphers and MACs, SunEC key agreement), whose AES, GHASH and
 * SHA loops HotSpot replaces with CPU intrinsics. Transforms the JDK lacks — Camellia, Twofish,
 * and AES-GCM with an 8-byte ICV (SunJCE accepts 96–128-bit tags only) — are reported as
 * unsupported, so negotiation routes them elsewhere. Availability is probed once at construction.
 */
public final class JcaCryptoSuite implements CryptoSuite {
    private final SecureRandom random;
    private final Set<EncrAlg> encr = EnumSet.noneOf(EncrAlg.class);
    private final Set<IntegAlg> integ = EnumSet.of(IntegAlg.NONE);
    private final Set<PrfAlg> prfs = EnumSet.noneOf(PrfAlg.class);
    private final Set<DhGroup> groups = EnumSet.noneOf(DhGroup.class);

    public JcaCryptoSuite() {
        this(new SecureRandom());
    }

    public JcaCryptoSuite(SecureRandom random) {
        this.random = random;
        for (EncrAlg a : EncrAlg.values()) {
            String t = JcaNames.transformation(a);
            if (a == EncrAlg.NULL || (t != null && cipherAvailable(t))) {
                encr.add(a);
            }
        }
        for (IntegAlg a : IntegAlg.values()) {
            if (a != IntegAlg.NONE && macAvailable(JcaNames.hmac(a.hash()))) {
                integ.add(a);
            }
        }
        for (PrfAlg a : PrfAlg.values()) {
            if (macAvailable(JcaNames.hmac(a.hash()))) {
                prfs.add(a);
            }
        }
        boolean dh = agreementAvailable("DH");
        boolean ecdh = agreementAvailable("ECDH");
        boolean xdh = agreementAvailable("XDH");
        for (DhGroup g : DhGroup.values()) {
            boolean ok = g.kind() == DhGroup.Kind.MODP ? dh
                    : g.kind() == DhGroup.Kind.ECP ? ecdh : xdh;
            if (ok) {
                groups.add(g);
            }
        }
    }

    private static boolean cipherAvailable(String transformation) {
        try {
            Cipher.getInstance(transformation);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean macAvailable(String algorithm) {
        try {
            Mac.getInstance(algorithm);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean agreementAvailable(String algorithm) {
        try {
            KeyAgreement.getInstance(algorithm);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "jca";
    }

    @Override
    public boolean supports(EncrAlg alg, int keyBits) {
        return encr.contains(alg) && alg.isValidKeyBits(keyBits);
    }

    @Override
    public boolean supports(IntegAlg alg) {
        return integ.contains(alg);
    }

    @Override
    public boolean supports(PrfAlg alg) {
        return prfs.contains(alg);
    }

    @Override
    public boolean supports(DhGroup group) {
        return groups.contains(group);
    }

    @Override
    public AeadPrimitive aead(EncrAlg alg, int keyBits) {
        if (!alg.isAead()) {
            throw new IllegalArgumentException(alg + " is not an AEAD transform");
        }
        requireEncr(alg, keyBits);
        return new JcaAeadPrimitive(alg, keyBits);
    }

    @Override
    public CipherPrimitive cipher(EncrAlg alg, int keyBits) {
        if (alg.isAead()) {
            throw new IllegalArgumentException(alg + " is an AEAD transform");
        }
        requireEncr(alg, keyBits);
        return alg == EncrAlg.NULL ? new NullCipherPrimitive() : new JcaCipherPrimitive(alg, keyBits);
    }

    private void requireEncr(EncrAlg alg, int keyBits) {
        if (!supports(alg, keyBits)) {
            throw new UnsupportedAlgorithmException("jca: " + alg + "/" + keyBits);
        }
    }

    @Override
    public MacPrimitive integrity(IntegAlg alg) {
        if (alg == IntegAlg.NONE) {
            throw new IllegalArgumentException("AUTH_NONE has no primitive");
        }
        if (!supports(alg)) {
            throw new UnsupportedAlgorithmException("jca: " + alg);
        }
        return new JcaMacPrimitive(alg);
    }

    @Override
    public PrfPrimitive prf(PrfAlg alg) {
        if (!supports(alg)) {
            throw new UnsupportedAlgorithmException("jca: " + alg);
        }
        return new JcaPrfPrimitive(alg);
    }

    @Override
    public KeyExchange keyExchange(DhGroup group) {
        requireGroup(group);
        switch (group.kind()) {
            case MODP:
                return new JcaModpKeyExchange(group, random);
            case ECP:
                return new JcaEcpKeyExchange(group, random);
            default:
                return new JcaX25519KeyExchange(random);
        }
    }

    @Override
    public KeyExchange keyExchange(DhGroup group, byte[] privateValue) {
        requireGroup(group);
        switch (group.kind()) {
            case MODP:
                return new JcaModpKeyExchange(group, privateValue);
            case ECP:
                return new JcaEcpKeyExchange(group, privateValue);
            default:
                return new JcaX25519KeyExchange(privateValue);
        }
    }

    private void requireGroup(DhGroup group) {
        if (!supports(group)) {
            throw new UnsupportedAlgorithmException("jca: " + group);
        }
    }

    @Override
    public byte[] digest(HashAlg alg, byte[] data) {
        try {
            return MessageDigest.getInstance(JcaNames.digest(alg)).digest(data);
        } catch (GeneralSecurityException e) {
            throw new UnsupportedAlgorithmException("no JCA digest " + alg);
        }
    }

    @Override
    public SecureRandom random() {
        return random;
    }
}

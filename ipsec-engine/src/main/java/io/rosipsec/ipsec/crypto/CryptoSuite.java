package io.rosipsec.ipsec.crypto;

import java.security.SecureRandom;

/**
 * The crypto back end the protocol code sees (guideline 7). Two implementations exist: {@code
 * jca.JcaCryptoSuite} (the JDK providers, with CPU intrinsics: the "hardware" path) and {@code
 * bc.BcCryptoSuite} (Bouncy Castle lightweight engines, pure Java: the "software" path). Proposals
 * are filtered through the {@code supports} queries so that a suite is never asked for an algorithm
 * it lacks; the factories throw {@link UnsupportedAlgorithmException} if it is.
 *
 * <p>Factories return fresh, unkeyed primitives, meant to be kept per SA direction and reused for
 * every packet.
 */
public interface CryptoSuite {
    /** Short back-end name: {@code "jca"} or {@code "bc"}. */
    String name();

    /** Whether {@code alg} with {@code keyBits} (excluding salt) is available. */
    boolean supports(EncrAlg alg, int keyBits);

    /** Whether the integrity transform is available ({@link IntegAlg#NONE} always is). */
    boolean supports(IntegAlg alg);

    boolean supports(PrfAlg alg);

    boolean supports(DhGroup group);

    /** A combined-mode cipher; {@code alg} must be an AEAD transform. */
    AeadPrimitive aead(EncrAlg alg, int keyBits);

    /** A CBC, CTR or NULL cipher; {@code alg} must not be an AEAD transform. */
    CipherPrimitive cipher(EncrAlg alg, int keyBits);

    /** A truncated-HMAC integrity transform; {@link IntegAlg#NONE} has none. */
    MacPrimitive integrity(IntegAlg alg);

    PrfPrimitive prf(PrfAlg alg);

    /**
     * A one-shot plain digest, for the IKEv2 NAT detection hashes (SHA-1, RFC 7296 §2.23) and
     * other protocol hashes that are not keyed.
     */
    byte[] digest(HashAlg alg, byte[] data);

    /** A new key pair for {@code group}, drawn from {@link #random()}. */
    KeyExchange keyExchange(DhGroup group);

    /**
     * A key exchange with a given private value, for known-answer tests and deterministic replays:
     * MODP exponent big-endian, ECP scalar big-endian, X25519 the 32-byte scalar (RFC 7748 §5).
     */
    KeyExchange keyExchange(DhGroup group, byte[] privateValue);

    /** The suite's randomness source (IVs, nonces, SPIs, key pairs). */
    SecureRandom random();
}

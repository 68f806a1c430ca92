package io.rosipsec.ipsec.crypto;

/**
 * A factory of {@link CryptoSuite} was asked for an algorithm its {@code supports(...)} denies.
 * Proposal handling filters through {@code supports} first (guideline 7), so this signals a bug.
 */
public final class UnsupportedAlgorithmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedAlgorithmException(String message) {
        super(message);
    }
}

package io.rosipsec.ipsec.ike.keymat;

/**
 * An SK payload whose ICV (or AEAD tag) did not verify. Not an {@code IkeProtocolException}: RFC
 * 7296 §2.21 has such messages discarded silently, with no notify sent back.
 */
public final class SkIntegrityException extends Exception {
    private static final long serialVersionUID = 1L;

    public SkIntegrityException(String message) {
        super(message);
    }
}

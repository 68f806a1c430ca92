package io.rosipsec.ipsec.esp;

import java.util.Objects;

/**
 * The one failure type of ESP/AH processing: {@link EspSa#decapsulate} and {@link AhSa} throw
 * nothing else for a bad packet, so the caller can count {@link #drop()} in the right {@code /ip
 * ipsec statistics} counter and move on.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4303#section-3.4">RFC 4303 §3.4</a>
 */
public final class EspException extends Exception {
    private static final long serialVersionUID = 1L;

    private final EspDrop drop;

    public EspException(EspDrop drop, String message) {
        super(drop + ": " + message);
        this.drop = Objects.requireNonNull(drop, "drop");
    }

    /** Why the packet was dropped. */
    public EspDrop drop() {
        return drop;
    }
}

package io.rosipsec.ipsec.ike.wire;

/**
 * None of the offered proposals is acceptable.
 *
 * <p>Reported as {@link NotifyType#NO_PROPOSAL_CHOSEN}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class NoProposalChosenException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public NoProposalChosenException(String message) {
        super(NotifyType.NO_PROPOSAL_CHOSEN, message);
    }
}

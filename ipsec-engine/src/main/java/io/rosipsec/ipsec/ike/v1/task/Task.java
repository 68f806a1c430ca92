package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;

/**
 * One IKEv1 exchange from one side (guideline 4, after strongSwan's IKEv1 {@code task_t} semantics). ISAKMP
 * exchanges alternate messages without a request/response flag, so the manager calls {@link #process} for every
 * received message and {@link #build} whenever the task has to send:
 *
 * <ul>
 *   <li>{@code process} returns {@link Status#NEED_MORE} if the task now has a message to send, {@link
 *       Status#SUCCESS} if the exchange is complete;
 *   <li>{@code build} returns {@link Status#NEED_MORE} if it expects an answer, {@link Status#SUCCESS} if what it
 *       built was the last message of the exchange.
 * </ul>
 *
 * The role is fixed at construction.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#section-5">RFC 2409 §5</a>
 */
public interface Task {
    /** What a step of a task asks the manager to do next. */
    enum Status {
        SUCCESS,
        NEED_MORE,
        FAILED
    }

    /** The exchange this task runs. */
    ExchangeType exchange();

    /** Adds the next message's payloads. */
    Status build(Outgoing message) throws IkeProtocolException;

    /** Processes a received message of this exchange (already checked by the message rules). */
    Status process(IkeV1Message message) throws IkeProtocolException;

    /** Whether this is a phase-1 task (message ID 0). */
    default boolean isPhase1() {
        return false;
    }

    /** Called when the exchange is abandoned (retransmission timeout, error). */
    default void abort(String reason) {}
}

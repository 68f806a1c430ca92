package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.NotifyType;

/**
 * One piece of an IKEv2 exchange (guideline 4, after strongSwan's {@code task_t}). The role is
 * fixed at construction: an active task builds requests and processes responses, a passive one
 * processes requests and builds responses. The {@link TaskManager} runs all tasks of an exchange
 * over the same message, in order.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-1">RFC 7296 §1</a>
 */
public interface Task {
    /** What a step of a task asks the manager to do next. */
    enum Status {
        /** The task is complete. */
        SUCCESS,
        /** The task needs another message (another round of the same exchange). */
        NEED_MORE,
        /** The task failed fatally: the IKE SA is torn down. */
        FAILED,
        /** The IKE SA is to be destroyed without further messages (after a delete). */
        DESTROY_ME
    }

    /** The exchange this task takes part in. */
    ExchangeType exchange();

    /**
     * Adds this task's payloads to an outgoing message: a request for an active task, the
     * response for a passive one.
     */
    Status build(TaskMessage message) throws IkeProtocolException;

    /**
     * Processes a received message: a response for an active task, the request for a passive
     * one. An {@link IkeProtocolException} from a passive task becomes the error notify of the
     * response.
     */
    Status process(TaskMessage message) throws IkeProtocolException;

    /** Why the task returned {@link Status#FAILED}: the notify received or sent. */
    default NotifyType failure() {
        return NotifyType.UNKNOWN;
    }
}

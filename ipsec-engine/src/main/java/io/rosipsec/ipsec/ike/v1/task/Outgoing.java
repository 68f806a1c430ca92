package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.ike.v1.message.IsakmpPayload;
import java.util.ArrayList;
import java.util.List;

/**
 * The plaintext of one message a task builds: its payloads in order and whether the body is encrypted. The
 * manager adds the header (cookies, exchange type, message ID) and encrypts.
 */
public final class Outgoing {
    private final int messageId;
    private final List<IsakmpPayload> payloads = new ArrayList<>();
    private boolean encrypted;
    private boolean commit;

    Outgoing(int messageId) {
        this.messageId = messageId;
    }

    /** The message ID of the exchange (0 in phase 1). */
    public int messageId() {
        return messageId;
    }

    public Outgoing add(IsakmpPayload p) {
        payloads.add(p);
        return this;
    }

    public Outgoing addAll(List<? extends IsakmpPayload> ps) {
        payloads.addAll(ps);
        return this;
    }

    public List<IsakmpPayload> payloads() {
        return List.copyOf(payloads);
    }

    /** Marks the body for encryption with the phase-1 cipher. */
    public Outgoing encrypt() {
        this.encrypted = true;
        return this;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** Sets the commit bit (flag C, RFC 2408 §3.1) in the header. */
    public Outgoing commit() {
        this.commit = true;
        return this;
    }

    public boolean committed() {
        return commit;
    }

    public boolean isEmpty() {
        return payloads.isEmpty();
    }
}

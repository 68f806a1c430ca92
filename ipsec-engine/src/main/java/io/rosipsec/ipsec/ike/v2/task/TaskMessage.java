package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.v2.message.IkePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plaintext view of one IKEv2 message that tasks build or read: exchange, direction and the
 * payload chain (for protected exchanges the inner chain of SK). A received message also carries
 * its decoded header. Encoding, encryption and the message ID are the {@link TaskManager}'s job.
 */
public final class TaskMessage {
    private final ExchangeType exchange;
    private final boolean response;
    private final IkeHeader header;
    private final List<IkePayload> payloads;

    private TaskMessage(ExchangeType exchange, boolean response, IkeHeader header,
            List<IkePayload> payloads) {
        this.exchange = exchange;
        this.response = response;
        this.header = header;
        this.payloads = payloads;
    }

    /** An empty message to build. */
    public static TaskMessage outgoing(ExchangeType exchange, boolean response) {
        return new TaskMessage(exchange, response, null, new ArrayList<>());
    }

    /** A received message with its (decrypted) payloads. */
    public static TaskMessage received(IkeHeader header, List<IkePayload> payloads) {
        return new TaskMessage(header.exchangeType(), header.isResponse(), header,
                List.copyOf(payloads));
    }

    public ExchangeType exchange() {
        return exchange;
    }

    public boolean isResponse() {
        return response;
    }

    /** The header of a received message. */
    public IkeHeader header() {
        if (header == null) {
            throw new IllegalStateException("an outgoing message has no header yet");
        }
        return header;
    }

    public List<IkePayload> payloads() {
        return header == null ? List.copyOf(payloads) : payloads;
    }

    /** Appends a payload to an outgoing message. */
    public TaskMessage add(IkePayload p) {
        payloads.add(p);
        return this;
    }

    /** Inserts a payload first (N(COOKIE) must lead, RFC 7296 §2.6). */
    public TaskMessage addFirst(IkePayload p) {
        payloads.add(0, p);
        return this;
    }

    public <T extends IkePayload> Optional<T> first(Class<T> kind) {
        return IkeMessage.first(payloads, kind);
    }

    public <T extends IkePayload> List<T> all(Class<T> kind) {
        return IkeMessage.all(payloads, kind);
    }

    /** The first notify of a type. */
    public Optional<NotifyPayload> notify(NotifyType type) {
        for (NotifyPayload n : all(NotifyPayload.class)) {
            if (n.notifyType() == type) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** All notifies of a type. */
    public List<NotifyPayload> notifies(NotifyType type) {
        List<NotifyPayload> out = new ArrayList<>();
        for (NotifyPayload n : all(NotifyPayload.class)) {
            if (n.notifyType() == type) {
                out.add(n);
            }
        }
        return out;
    }

    /** The first error notify (type below 16384), if any. */
    public Optional<NotifyPayload> error() {
        for (NotifyPayload n : all(NotifyPayload.class)) {
            if (n.isError()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return exchange + (response ? " response " : " request ") + payloads;
    }
}

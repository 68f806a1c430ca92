package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.ike.keymat.Ikev1Kdf;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v1.message.DeletePayload;
import io.rosipsec.ipsec.ike.v1.message.HashPayload;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.Ikev1ProtocolId;
import io.rosipsec.ipsec.ike.v1.message.IsakmpPayload;
import io.rosipsec.ipsec.ike.v1.message.NotificationPayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.wire.AuthenticationFailedException;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import java.util.Arrays;
import java.util.List;

/**
 * A protected Informational exchange: one message, no answer (RFC 2409 §5.7). Active, it sends Delete payloads
 * or notifications; passive, it verifies HASH(1) and hands every Delete and notification to the manager (IPsec SA
 * and ISAKMP SA deletion, INITIAL-CONTACT, DPD R-U-THERE / R-U-THERE-ACK, error notifies).
 *
 * <pre>
 * HDR*, HASH(1), N/D      --&gt;        HASH(1) = prf(SKEYID_a, M-ID | N/D)
 * </pre>
 */
public final class InformationalTask implements Task {
    private final Ikev1Sa sa;
    private final Ikev1TaskManager manager;
    private final List<IsakmpPayload> payloads;

    /** An active task sending {@code payloads} (Delete and/or Notification payloads). */
    public InformationalTask(Ikev1Sa sa, Ikev1TaskManager manager, List<IsakmpPayload> payloads) {
        this.sa = sa;
        this.manager = manager;
        this.payloads = List.copyOf(payloads);
    }

    /** A passive task for a received Informational. */
    public InformationalTask(Ikev1Sa sa, Ikev1TaskManager manager) {
        this(sa, manager, List.of());
    }

    /** Deletes the ISAKMP SA. */
    public static InformationalTask deleteIsakmp(Ikev1Sa sa, Ikev1TaskManager manager) {
        return new InformationalTask(sa, manager, List.of(DeletePayload.isakmp(sa.ckyI(), sa.ckyR())));
    }

    /** Deletes one IPsec SA pair by our inbound SPI, naming its protocol (ESP or AH). */
    public static InformationalTask deleteChild(Ikev1Sa sa, Ikev1TaskManager manager, ChildSaRecord child) {
        Ikev1ProtocolId p = child.protocol() == ProtocolId.AH ? Ikev1ProtocolId.AH : Ikev1ProtocolId.ESP;
        return new InformationalTask(sa, manager, List.of(DeletePayload.ipsec(p, child.spiIn())));
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL_V1;
    }

    /** Whether this task deletes the ISAKMP SA it runs on. */
    public boolean deletesIsakmp() {
        return payloads.stream().anyMatch(p -> p instanceof DeletePayload d
                && d.protocolId() == Ikev1ProtocolId.ISAKMP.wire());
    }

    @Override
    public Status build(Outgoing out) {
        byte[] h = Ikev1Kdf.hash1(sa.prf(), sa.keys().orElseThrow().skeyidA(), out.messageId(),
                IkeV1Message.encodeChain(payloads));
        out.encrypt().add(new HashPayload(h)).addAll(payloads);
        return Status.SUCCESS;
    }

    @Override
    public Status process(IkeV1Message m) throws IkeProtocolException {
        byte[] expected = Ikev1Kdf.hash1(sa.prf(), sa.keys().orElseThrow().skeyidA(), m.header().messageId(),
                m.payloadBytesFrom(1));
        if (!Arrays.equals(expected, m.first(HashPayload.class).orElseThrow().data())) {
            throw new AuthenticationFailedException("Informational HASH mismatch");
        }
        for (NotificationPayload n : m.all(NotificationPayload.class)) {
            manager.notified(n);
        }
        for (DeletePayload d : m.all(DeletePayload.class)) {
            manager.deleted(d);
        }
        return Status.SUCCESS;
    }
}

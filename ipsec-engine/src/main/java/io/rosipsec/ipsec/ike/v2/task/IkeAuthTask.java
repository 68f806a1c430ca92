package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IdentityConfig;
import io.rosipsec.ipsec.crypto.Octets;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import io.rosipsec.ipsec.ike.keymat.Ikev2Kdf;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.AuthMethod;
import io.rosipsec.ipsec.ike.v2.message.AuthPayload;
import io.rosipsec.ipsec.ike.v2.message.IdPayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.AuthenticationFailedException;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * IKE_AUTH with a pre-shared key (RFC 7296 §1.2, §2.15): identities and AUTH; the first Child SA
 * rides along in {@link ChildCreateTask}.
 *
 * <pre>
 * HDR, SK { IDi, [N(INITIAL_CONTACT),] [IDr,] AUTH, ... }  --&gt;
 *                                  &lt;--  HDR, SK { IDr, AUTH, ... }
 *                                  &lt;--  HDR, SK { N(AUTHENTICATION_FAILED) }
 * </pre>
 *
 * AUTH = prf(prf(Shared Secret, "Key Pad for IKEv2"), first message | peer nonce |
 * prf(SK_px, IDx')).
 */
public final class IkeAuthTask implements Task {
    /** Errors about the Child SA, which leave the IKE SA up (RFC 7296 §1.2). */
    static final Set<NotifyType> CHILD_ERRORS = EnumSet.of(NotifyType.NO_PROPOSAL_CHOSEN,
            NotifyType.TS_UNACCEPTABLE, NotifyType.SINGLE_PAIR_REQUIRED,
            NotifyType.INTERNAL_ADDRESS_FAILURE, NotifyType.FAILED_CP_REQUIRED,
            NotifyType.INVALID_SELECTORS, NotifyType.NO_ADDITIONAL_SAS);

    private final EngineContext ctx;
    private final IkeSa sa;
    private final boolean initiator;
    private final boolean initialContact;
    private NotifyType failure = NotifyType.UNKNOWN;

    /** A task that sends INITIAL_CONTACT as the peer's {@code send-initial-contact} says. */
    public IkeAuthTask(EngineContext ctx, IkeSa sa, boolean initiator) {
        this(ctx, sa, initiator, sa.config().peer().sendInitialContact());
    }

    /**
     * @param initialContact whether the initiator sends N(INITIAL_CONTACT): with {@code
     *     send-initial-contact=yes} and no other IKE SA with this peer (as strongSwan, RFC 7296
     *     §2.4: it asserts that this is the only IKE SA between the two)
     */
    IkeAuthTask(EngineContext ctx, IkeSa sa, boolean initiator, boolean initialContact) {
        this.ctx = ctx;
        this.sa = sa;
        this.initiator = initiator;
        this.initialContact = initialContact;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IKE_AUTH;
    }

    @Override
    public NotifyType failure() {
        return failure;
    }

    @Override
    public Status build(TaskMessage m) {
        IdentityConfig identity = sa.config().identity();
        IdPayload own = IkeIdentities.payload(initiator, identity.myId(), sa.local().getAddress());
        m.add(own);
        if (initiator) {
            if (initialContact) {
                m.add(new NotifyPayload(NotifyType.INITIAL_CONTACT, new byte[0]));
            }
            switch (identity.remoteId().kind()) {
                case AUTO, IGNORE -> { }
                default -> m.add(IkeIdentities.payload(false, identity.remoteId(), null));
            }
        }
        m.add(new AuthPayload(AuthMethod.SHARED_KEY_MIC, auth(own, sa.localInitMessage(),
                sa.remoteNonce(), sa.localSkP())));
        if (!initiator) {
            sa.setState(IkeSa.State.ESTABLISHED);
        }
        return initiator ? Status.NEED_MORE : Status.SUCCESS;
    }

    @Override
    public Status process(TaskMessage m) throws AuthenticationFailedException {
        if (initiator) {
            Optional<NotifyPayload> error = m.error();
            if (error.isPresent() && !CHILD_ERRORS.contains(error.get().notifyType())
                    || m.first(AuthPayload.class).isEmpty()) {
                failure = error.map(NotifyPayload::notifyType)
                        .orElse(NotifyType.AUTHENTICATION_FAILED);
                return Status.FAILED;
            }
        }
        Optional<IdPayload> peerId = m.all(IdPayload.class).stream()
                .filter(id -> id.isInitiator() != initiator).findFirst();
        Optional<AuthPayload> auth = m.first(AuthPayload.class);
        try {
            verify(peerId, auth);
        } catch (AuthenticationFailedException e) {
            if (!initiator) {
                throw e;
            }
            failure = NotifyType.AUTHENTICATION_FAILED;
            return Status.FAILED;
        }
        sa.setRemoteIdentity(IkeIdentities.describe(peerId.get()));
        if (initiator) {
            sa.setState(IkeSa.State.ESTABLISHED);
            return Status.SUCCESS;
        }
        return Status.NEED_MORE;
    }

    private void verify(Optional<IdPayload> peerId, Optional<AuthPayload> auth)
            throws AuthenticationFailedException {
        if (peerId.isEmpty() || auth.isEmpty()) {
            throw new AuthenticationFailedException("IKE_AUTH without ID or AUTH");
        }
        if (auth.get().method() != AuthMethod.SHARED_KEY_MIC) {
            throw new AuthenticationFailedException("auth method " + auth.get().methodValue()
                    + " is not the configured pre-shared-key");
        }
        if (!IkeIdentities.matches(sa.config().identity().remoteId(), peerId.get())) {
            throw new AuthenticationFailedException("peer ID "
                    + IkeIdentities.describe(peerId.get()) + " does not match remote-id");
        }
        byte[] ownNonce = initiator ? sa.ni() : sa.nr();
        byte[] expected = auth(peerId.get(), sa.remoteInitMessage(), ownNonce, sa.remoteSkP());
        byte[] got = auth.get().data();
        boolean ok = got.length == expected.length
                && Octets.constantTimeEquals(got, 0, expected, 0, got.length);
        Arrays.fill(expected, (byte) 0);
        if (!ok) {
            throw new AuthenticationFailedException("pre-shared key AUTH mismatch");
        }
    }

    private byte[] auth(IdPayload id, byte[] firstMessage, byte[] peerNonce, byte[] skP) {
        PrfPrimitive prf = ctx.suite().prf(sa.algorithms().orElseThrow().prf());
        byte[] octets = Ikev2Kdf.signedOctets(prf, firstMessage, peerNonce, skP, id.body());
        byte[] psk = sa.config().identity().secretBytes();
        try {
            return Ikev2Kdf.pskAuth(prf, psk, octets);
        } finally {
            Arrays.fill(psk, (byte) 0);
            Arrays.fill(skP, (byte) 0);
        }
    }
}

package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.ike.keymat.Ikev1Kdf;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v1.message.EncapsulationMode;
import io.rosipsec.ipsec.ike.v1.message.HashPayload;
import io.rosipsec.ipsec.ike.v1.message.IdPayload;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.Ikev1NotifyType;
import io.rosipsec.ipsec.ike.v1.message.Ikev1ProtocolId;
import io.rosipsec.ipsec.ike.v1.message.IsakmpPayload;
import io.rosipsec.ipsec.ike.v1.message.KePayload;
import io.rosipsec.ipsec.ike.v1.message.LifeType;
import io.rosipsec.ipsec.ike.v1.message.NoncePayload;
import io.rosipsec.ipsec.ike.v1.message.NotificationPayload;
import io.rosipsec.ipsec.ike.v1.message.Phase2Attribute;
import io.rosipsec.ipsec.ike.v1.message.Phase2Offer;
import io.rosipsec.ipsec.ike.v1.message.ProposalPayload;
import io.rosipsec.ipsec.ike.v1.message.SaPayload;
import io.rosipsec.ipsec.ike.v1.message.TransformPayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import io.rosipsec.ipsec.ike.wire.AuthenticationFailedException;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeAttribute;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Quick Mode: one ESP or AH ({@code ipsec-protocols=ah}, PROTO_IPSEC_AH) SA pair for one policy, with optional PFS and the negotiated lifetime (RFC 2409 §5.5):
 *
 * <pre>
 * (1) HDR*, HASH(1), SA, Ni [, KE] , IDci, IDcr                       --&gt;
 *                             &lt;--  (2) HDR*, HASH(2), SA, Nr [, KE] , IDci, IDcr [, N(RESPONDER-LIFETIME)]
 * (3) HDR*, HASH(3)                                                   --&gt;
 * </pre>
 *
 * The encapsulation mode is UDP-encapsulated tunnel or transport (RFC 3947 §5.2) when NAT-D found a NAT.
 *
 * <p>Commit bit (flag C, RFC 2408 §3.1, RFC 2409 §5.5), as racoon, from which RouterOS's IKEv1 derives, handles it:
 * this end never sets it when it initiates. As responder, a C in message 1 is echoed in message 2 and, after
 * message 3 installed the SAs, a fourth message {@code HDR*, HASH(4), N(CONNECTED)} is sent in the same Quick Mode
 * (HASH(4) = prf(SKEYID_a, M-ID | N), computed as HASH(1)). As initiator, a C in message 2 is honoured: message 3
 * goes out (retransmitted until answered) and the SAs are installed only when the CONNECTED notify arrives.
 */
public final class QuickModeTask implements Task {
    private final EngineContext ctx;
    private final Ikev1Sa sa;
    private final Ikev1Listener log;
    private final boolean initiator;
    private PolicyConfig policy;
    private List<Phase2Offer> offers;
    private Phase2Offer chosen;
    private long lifeSeconds;
    private long lifeKilobytes;
    private long offerKilobytes;
    private boolean notifyLifetime;
    private int spiIn;
    private int spiOut;
    private byte[] ni;
    private byte[] nr;
    private KeyExchange dh;
    private byte[] peerKe;
    private IdPayload idci;
    private IdPayload idcr;
    private ChildSaRecord child;
    private int step;
    private boolean ah;
    private boolean commit;

    /** The initiator for {@code policy}. */
    public QuickModeTask(EngineContext ctx, Ikev1Sa sa, Ikev1Listener log, PolicyConfig policy) {
        this(ctx, sa, log, policy, 0);
    }

    /**
     * The initiator for {@code policy}, also proposing an SA Life Duration of {@code offerKilobytes} kilobytes
     * (0 = none; RFC 2407 §4.5) in every transform.
     */
    public QuickModeTask(EngineContext ctx, Ikev1Sa sa, Ikev1Listener log, PolicyConfig policy,
            long offerKilobytes) {
        if (offerKilobytes < 0) {
            throw new IllegalArgumentException("negative kilobytes");
        }
        this.ctx = ctx;
        this.sa = sa;
        this.log = log;
        this.initiator = true;
        this.policy = policy;
        this.offerKilobytes = offerKilobytes;
    }

    /** The responder. */
    public QuickModeTask(EngineContext ctx, Ikev1Sa sa, Ikev1Listener log) {
        this.ctx = ctx;
        this.sa = sa;
        this.log = log;
        this.initiator = false;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.QUICK_MODE;
    }

    /** The policy this task negotiates for. */
    public PolicyConfig policy() {
        return policy;
    }

    /** Whether this end started the exchange (and so rekeys the result). */
    public boolean initiatedLocally() {
        return initiator;
    }

    /** The IPsec protocol negotiated: AH when the policy has {@code ipsec-protocols=ah} (RFC 2407 §4.4.1). */
    private Ikev1ProtocolId protocol() {
        return ah ? Ikev1ProtocolId.AH : Ikev1ProtocolId.ESP;
    }

    /** The IPsec SA pair, once the exchange succeeded. */
    public Optional<ChildSaRecord> child() {
        return Optional.ofNullable(child);
    }

    @Override
    public Status build(Outgoing out) throws IkeProtocolException {
        step++;
        return initiator ? buildInitiator(out) : buildResponder(out);
    }

    @Override
    public Status process(IkeV1Message m) throws IkeProtocolException {
        step++;
        return initiator ? processInitiator(m) : processResponder(m);
    }

    private Status buildInitiator(Outgoing out) throws IkeProtocolException {
        if (step == 1) {
            ProposalConfig proposal = sa.config().proposalFor(policy);
            ah = policy.ah();
            offers = ah ? Phase2Selection.ahOffers(ctx.suite(), proposal, mode(policy.tunnel()))
                    : Phase2Selection.offers(ctx.suite(), proposal, mode(policy.tunnel()));
            if (offerKilobytes > 0) {
                offers = offers.stream().map(o -> o.withLifetimes(o.lifeSeconds(), offerKilobytes)).toList();
            }
            if (offers.isEmpty()) {
                throw new NoProposalChosenException("proposal " + proposal.name() + " has no usable transform");
            }
            spiIn = ctx.spis().childSpi();
            ni = ctx.nonces().nonce(Phase1Support.NONCE_LENGTH);
            idci = IdPayload.client(policy.srcAddress(), policy.protocol(), 0);
            idcr = IdPayload.client(policy.dstAddress(), policy.protocol(), 0);
            List<IsakmpPayload> rest = new ArrayList<>();
            rest.add(new SaPayload(List.of(new ProposalPayload(1, protocol().wire(), spiBytes(spiIn),
                    Phase2Selection.transforms(offers, ah)))));
            rest.add(new NoncePayload(ni));
            proposal.pfs().ifPresent(g -> {
                dh = ctx.suite().keyExchange(g);
                rest.add(new KePayload(dh.publicValue()));
            });
            rest.add(idci);
            rest.add(idcr);
            byte[] h = Ikev1Kdf.hash1(sa.prf(), skeyidA(), out.messageId(), IkeV1Message.encodeChain(rest));
            out.encrypt().add(new HashPayload(h)).addAll(rest);
            return Status.NEED_MORE;
        }
        byte[] h = Ikev1Kdf.hash3(sa.prf(), skeyidA(), out.messageId(), ni, nr);
        out.encrypt().add(new HashPayload(h));
        if (commit) {
            out.commit();
            return Status.NEED_MORE; // the responder committed: install on its CONNECTED notify
        }
        install();
        return Status.SUCCESS;
    }

    /** Message 4 of a committed Quick Mode: HASH(4), N(CONNECTED). */
    private Status processConnected(IkeV1Message m) throws IkeProtocolException {
        verify(m, Ikev1Kdf.hash1(sa.prf(), skeyidA(), m.header().messageId(), m.payloadBytesFrom(1)));
        NotificationPayload n = m.first(NotificationPayload.class).orElseThrow();
        if (n.notifyType() != Ikev1NotifyType.CONNECTED) {
            throw new InvalidSyntaxException("commit bit set but " + n.notifyType() + " instead of CONNECTED");
        }
        install();
        return Status.SUCCESS;
    }

    private Status processInitiator(IkeV1Message m) throws IkeProtocolException {
        if (step == 4) {
            return processConnected(m);
        }
        commit = (m.header().flags() & IkeHeader.FLAG_V1_COMMIT) != 0;
        int mid = m.header().messageId();
        nr = m.first(NoncePayload.class).orElseThrow().data();
        verify(m, Ikev1Kdf.hash2(sa.prf(), skeyidA(), mid, ni, m.payloadBytesFrom(1)));
        ProposalPayload p = single(m.first(SaPayload.class).orElseThrow());
        if (p.protocolId() != protocol().wire()) {
            throw new NoProposalChosenException("responder answered protocol " + p.protocolId());
        }
        Phase2Offer o = Phase2Selection.read(p.protocolId(), p.transforms().get(0))
                .orElseThrow(() -> new NoProposalChosenException("responder chose an unknown transform"));
        if (offers.stream().noneMatch(mine -> mine.sameAlgorithms(o))) {
            throw new NoProposalChosenException("responder chose a transform we did not offer");
        }
        chosen = o;
        spiOut = spi(p);
        lifeSeconds = o.effectiveLifeSeconds();
        lifeKilobytes = o.lifeKilobytes();
        for (NotificationPayload n : m.all(NotificationPayload.class)) {
            if (n.notifyType() == Ikev1NotifyType.RESPONDER_LIFETIME) {
                long[] life = responderLifetime(n);
                lifeSeconds = Math.min(lifeSeconds, life[0]);
                lifeKilobytes = Phase1Support.tighter(lifeKilobytes, life[1]);
            }
        }
        if ((dh == null) != m.first(KePayload.class).isEmpty()) {
            throw new NoProposalChosenException("PFS KE payload mismatch");
        }
        peerKe = m.first(KePayload.class).map(KePayload::data).orElse(null);
        return Status.NEED_MORE;
    }

    private Status processResponder(IkeV1Message m) throws IkeProtocolException {
        int mid = m.header().messageId();
        if (step == 1) {
            verify(m, Ikev1Kdf.hash1(sa.prf(), skeyidA(), mid, m.payloadBytesFrom(1)));
            commit = (m.header().flags() & IkeHeader.FLAG_V1_COMMIT) != 0;
            ni = m.first(NoncePayload.class).orElseThrow().data();
            List<IdPayload> ids = m.all(IdPayload.class);
            if (ids.size() == 1) {
                throw new InvalidSyntaxException("Quick Mode with only one client ID");
            }
            ProposalPayload p = m.first(SaPayload.class).orElseThrow().proposals().get(0);
            policy = findPolicy(ids, p);
            idci = ids.isEmpty() ? IdPayload.client(policy.dstAddress(), policy.protocol(), 0) : ids.get(0);
            idcr = ids.isEmpty() ? IdPayload.client(policy.srcAddress(), policy.protocol(), 0) : ids.get(1);
            ah = policy.ah();
            if (p.protocolId() != protocol().wire()) {
                log.log("ipsec,error", "policy " + policy.srcAddress() + "<=>" + policy.dstAddress() + " wants "
                        + policy.ipsecProtocols().routerOsName() + ", peer proposed protocol " + p.protocolId());
                throw new NoProposalChosenException("policy wants " + policy.ipsecProtocols().routerOsName());
            }
            ProposalConfig proposal = sa.config().proposalFor(policy);
            offers = ah ? Phase2Selection.ahOffers(ctx.suite(), proposal, mode(policy.tunnel()))
                    : Phase2Selection.offers(ctx.suite(), proposal, mode(policy.tunnel()));
            Phase2Selection.Choice c = Phase2Selection.choose(p, offers, sa.config().profile().proposalCheck(), log,
                    sa.remote().getAddress().getHostAddress());
            chosen = c.offer();
            lifeSeconds = c.lifeSeconds();
            lifeKilobytes = c.lifeKilobytes();
            notifyLifetime = c.notifyLifetime();
            spiOut = spi(p);
            peerKe = m.first(KePayload.class).map(KePayload::data).orElse(null);
            if ((peerKe == null) != (chosen.pfs() == null)) {
                throw new NoProposalChosenException("PFS KE payload mismatch");
            }
            return Status.NEED_MORE;
        }
        verify(m, Ikev1Kdf.hash3(sa.prf(), skeyidA(), mid, ni, nr));
        install();
        return commit ? Status.NEED_MORE : Status.SUCCESS; // committed: message 4 tells the initiator
    }

    private Status buildResponder(Outgoing out) throws IkeProtocolException {
        if (step == 4) {
            NotificationPayload connected = new NotificationPayload(protocol().wire(), spiBytes(spiIn),
                    Ikev1NotifyType.CONNECTED.wire(), new byte[0]);
            byte[] h = Ikev1Kdf.hash1(sa.prf(), skeyidA(), out.messageId(),
                    IkeV1Message.encodeChain(List.of(connected)));
            out.encrypt().commit().add(new HashPayload(h)).add(connected);
            return Status.SUCCESS;
        }
        if (commit) {
            out.commit();
        }
        spiIn = ctx.spis().childSpi();
        nr = ctx.nonces().nonce(Phase1Support.NONCE_LENGTH);
        List<IsakmpPayload> rest = new ArrayList<>();
        rest.add(new SaPayload(List.of(new ProposalPayload(1, protocol().wire(), spiBytes(spiIn),
                List.of(ah ? chosen.toAhTransform(1) : chosen.toTransform(1))))));
        rest.add(new NoncePayload(nr));
        if (chosen.pfs() != null) {
            dh = ctx.suite().keyExchange(chosen.pfs());
            rest.add(new KePayload(dh.publicValue()));
        }
        rest.add(idci);
        rest.add(idcr);
        if (notifyLifetime) {
            ByteWriter w = new ByteWriter();
            IkeAttribute.tv(Phase2Attribute.SA_LIFE_TYPE.wire(), LifeType.SECONDS.wire()).encode(w);
            IkeAttribute.basicOrVariable(Phase2Attribute.SA_LIFE_DURATION.wire(), lifeSeconds).encode(w);
            if (lifeKilobytes > 0) {
                IkeAttribute.tv(Phase2Attribute.SA_LIFE_TYPE.wire(), LifeType.KILOBYTES.wire()).encode(w);
                IkeAttribute.basicOrVariable(Phase2Attribute.SA_LIFE_DURATION.wire(), lifeKilobytes).encode(w);
            }
            rest.add(new NotificationPayload(protocol().wire(), spiBytes(spiIn),
                    Ikev1NotifyType.RESPONDER_LIFETIME.wire(), w.toByteArray()));
        }
        byte[] h = Ikev1Kdf.hash2(sa.prf(), skeyidA(), out.messageId(), ni, IkeV1Message.encodeChain(rest));
        out.encrypt().add(new HashPayload(h)).addAll(rest);
        return Status.NEED_MORE;
    }

    /**
     * The static policy whose addresses are the IDs' (mirrored), else with {@code generate-policy} a dynamic one from
     * the identity's templates ({@link QuickModeTemplates}); otherwise NO-PROPOSAL-CHOSEN after RouterOS's {@code
     * failed to get sainfo.}.
     */
    private PolicyConfig findPolicy(List<IdPayload> ids, ProposalPayload proposal) throws IkeProtocolException {
        Optional<IpPrefix> ci = ids.isEmpty() ? Optional.of(IpPrefix.host(sa.remote().getAddress()))
                : ids.get(0).prefix();
        Optional<IpPrefix> cr = ids.isEmpty() ? Optional.of(IpPrefix.host(sa.local().getAddress()))
                : ids.get(1).prefix();
        for (PolicyConfig p : sa.config().policies()) {
            if (p.action() == PolicyConfig.Action.ENCRYPT && ci.isPresent() && cr.isPresent()
                    && p.dstAddress().equals(ci.get()) && p.srcAddress().equals(cr.get())) {
                return p;
            }
        }
        if (ci.isPresent() && cr.isPresent()) {
            int protocol = ids.isEmpty() ? 0 : ids.get(0).protocol();
            Optional<PolicyConfig> generated = QuickModeTemplates.generate(sa.config(), ci.get(), cr.get(), protocol,
                    ids.isEmpty() ? 0 : ids.get(0).port(), ids.isEmpty() ? 0 : ids.get(1).port(), tunnel(proposal));
            if (generated.isPresent()) {
                return generated.get();
            }
        }
        log.log("ipsec,error", "failed to get sainfo.");
        throw new NoProposalChosenException("no policy for " + ci.map(Object::toString).orElse("?") + " <=> "
                + cr.map(Object::toString).orElse("?"));
    }

    /** Whether the initiator's first transform asks for tunnel mode (plain or UDP-encapsulated); tunnel if unsure. */
    private static boolean tunnel(ProposalPayload proposal) throws InvalidSyntaxException {
        for (TransformPayload t : proposal.transforms()) {
            Optional<Phase2Offer> o = Phase2Offer.fromTransform(t);
            if (o.isPresent()) {
                return o.get().mode().isTunnel();
            }
        }
        return true;
    }

    private void install() throws IkeProtocolException {
        byte[] gqm = null;
        if (dh != null) {
            try {
                gqm = dh.computeSharedSecret(peerKe);
            } catch (InvalidPublicValueException e) {
                throw new InvalidSyntaxException("invalid PFS KE: " + e.getMessage());
            }
        }
        int encLen = ah ? 0 : chosen.enc().alg().keymatLength(chosen.enc().keyBits());
        int integLen = chosen.auth().keyLength();
        byte[] d = sa.keys().orElseThrow().skeyidD();
        // RFC 2409 §5.5: KEYMAT = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b), protocol AH or ESP
        byte[] in = Ikev1Kdf.keymat(sa.prf(), d, gqm, protocol().wire(), spiIn, ni, nr, encLen + integLen);
        byte[] out = Ikev1Kdf.keymat(sa.prf(), d, gqm, protocol().wire(), spiOut, ni, nr, encLen + integLen);
        Arrays.fill(d, (byte) 0);
        if (gqm != null) {
            Arrays.fill(gqm, (byte) 0);
        }
        IpPrefix local = initiator ? prefix(idci) : prefix(idcr);
        IpPrefix remote = initiator ? prefix(idcr) : prefix(idci);
        child = new ChildSaRecord(ah ? ProtocolId.AH : ProtocolId.ESP, spiIn, spiOut,
                new ChildAlgorithms(chosen.enc(), chosen.auth(), false, chosen.pfs()),
                chosen.mode().isTunnel() ? EspMode.TUNNEL : EspMode.TRANSPORT,
                Arrays.copyOf(in, encLen), Arrays.copyOf(out, encLen),
                Arrays.copyOfRange(in, encLen, encLen + integLen), Arrays.copyOfRange(out, encLen, encLen + integLen),
                List.of(ts(local)), List.of(ts(remote)), chosen.mode().isUdp(), ctx.nowMillis(),
                Duration.ofSeconds(lifeSeconds), policy);
        Arrays.fill(in, (byte) 0);
        Arrays.fill(out, (byte) 0);
    }

    private static IpPrefix prefix(IdPayload id) throws InvalidSyntaxException {
        return id.prefix().orElseThrow(() -> new InvalidSyntaxException("client ID is not an address or subnet"));
    }

    private static TrafficSelector ts(IpPrefix p) {
        try {
            return new TrafficSelector(java.net.InetAddress.getByAddress(p.first()),
                    java.net.InetAddress.getByAddress(p.last()));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private EncapsulationMode mode(boolean tunnel) {
        return EncapsulationMode.of(tunnel, sa.natDetected());
    }

    private byte[] skeyidA() {
        return sa.keys().orElseThrow().skeyidA();
    }

    private void verify(IkeV1Message m, byte[] expected) throws AuthenticationFailedException {
        byte[] got = m.first(HashPayload.class).orElseThrow().data();
        if (!Arrays.equals(expected, got)) {
            log.log("ipsec,error", "hash verification failed.");
            throw new AuthenticationFailedException("Quick Mode HASH mismatch");
        }
    }

    private static ProposalPayload single(SaPayload p) throws NoProposalChosenException {
        if (p.proposals().size() != 1 || p.proposals().get(0).transforms().size() != 1) {
            throw new NoProposalChosenException("responder returned more than one transform");
        }
        return p.proposals().get(0);
    }

    private static int spi(ProposalPayload p) throws InvalidSyntaxException {
        byte[] s = p.spi();
        if (s.length != 4) {
            throw new InvalidSyntaxException("ESP SPI of " + s.length + " bytes");
        }
        return ByteBuffer.wrap(s).getInt();
    }

    private static byte[] spiBytes(int spi) {
        return ByteBuffer.allocate(4).putInt(spi).array();
    }

    /** Seconds (MAX_VALUE when absent) and kilobytes (0 when absent) of a RESPONDER-LIFETIME notify. */
    private static long[] responderLifetime(NotificationPayload n) throws InvalidSyntaxException {
        io.rosipsec.ipsec.ike.wire.ByteReader r = new io.rosipsec.ipsec.ike.wire.ByteReader(n.data());
        LifeType type = null;
        long seconds = Long.MAX_VALUE;
        long kilobytes = 0;
        for (IkeAttribute a : IkeAttribute.decodeAll(r)) {
            if (a.type() == Phase2Attribute.SA_LIFE_TYPE.wire()) {
                type = LifeType.fromWire((int) a.longValue());
            } else if (a.type() == Phase2Attribute.SA_LIFE_DURATION.wire() && type == LifeType.SECONDS) {
                seconds = a.longValue();
            } else if (a.type() == Phase2Attribute.SA_LIFE_DURATION.wire() && type == LifeType.KILOBYTES) {
                kilobytes = a.longValue();
            }
        }
        return new long[] {seconds, kilobytes};
    }

    /** The negotiated byte lifetime in kilobytes (0 = none), once the exchange succeeded. */
    public long lifeKilobytes() {
        return lifeKilobytes;
    }

    /** The PFS group of the negotiated transform, if any. */
    public Optional<DhGroup> pfs() {
        return chosen == null ? Optional.empty() : Optional.ofNullable(chosen.pfs());
    }
}

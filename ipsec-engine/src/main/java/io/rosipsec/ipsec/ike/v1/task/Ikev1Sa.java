package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import io.rosipsec.ipsec.ike.keymat.Ikev1Cipher;
import io.rosipsec.ipsec.ike.keymat.IsakmpKeys;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.message.Phase1Offer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ISAKMP SA as the IKEv1 tasks share it: role, state ({@link IkeSa.State}, strongSwan's eight values),
 * endpoints, cookies, the negotiated phase-1 transform, SKEYID keys and the body cipher, the DH public values the
 * phase-1 hashes cover, NAT detection, the peer's identity and the IPsec SAs negotiated under it. Everything runs
 * on the engine's serial executor, so nothing is locked.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2408#section-2.5.3">RFC 2408 §2.5.3</a>
 */
public final class Ikev1Sa {
    private final boolean initiator;
    private final IkeSessionConfig config;
    private InetSocketAddress local;
    private InetSocketAddress remote;
    private IkeSa.State state = IkeSa.State.CREATED;
    /** Whether a child has a byte lifetime: only then does the data path report its counters (read off the loop). */
    private volatile boolean childBytesWatched;
    private long ckyI;
    private long ckyR;
    private Phase1Offer offer;
    private PrfPrimitive prf;
    private IsakmpKeys keys;
    private Ikev1Cipher cipher;
    private boolean localBehindNat;
    private boolean remoteBehindNat;
    private String remoteIdentity;
    private long establishedAtMillis;
    private boolean initialContact;
    private final List<ChildSaRecord> children = new ArrayList<>();

    public Ikev1Sa(boolean initiator, IkeSessionConfig config, InetSocketAddress local, InetSocketAddress remote) {
        this.initiator = initiator;
        this.config = Objects.requireNonNull(config, "config");
        this.local = local;
        this.remote = remote;
    }

    /** Whether this end started phase 1. */
    public boolean isInitiator() {
        return initiator;
    }

    public IkeSessionConfig config() {
        return config;
    }

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    /** Moves both ends (NAT-T floating to 4500, RFC 3947 §4). */
    public void setEndpoints(InetSocketAddress newLocal, InetSocketAddress newRemote) {
        this.local = newLocal;
        this.remote = newRemote;
    }

    public IkeSa.State state() {
        return state;
    }

    public void setState(IkeSa.State state) {
        this.state = Objects.requireNonNull(state);
    }

    /** The initiator cookie (CKY-I). */
    public long ckyI() {
        return ckyI;
    }

    /** The responder cookie (CKY-R), 0 until the responder answered. */
    public long ckyR() {
        return ckyR;
    }

    public void setCookies(long ckyI, long ckyR) {
        this.ckyI = ckyI;
        this.ckyR = ckyR;
    }

    /** The negotiated phase-1 transform. */
    public Optional<Phase1Offer> offer() {
        return Optional.ofNullable(offer);
    }

    /**
     * Installs the outcome of phase-1 key derivation: transform, PRF, keys and cipher. Closes the keys of a
     * previous installation.
     */
    public void install(Phase1Offer negotiated, PrfPrimitive prfPrimitive, IsakmpKeys newKeys, Ikev1Cipher c) {
        if (keys != null) {
            keys.close();
        }
        this.offer = negotiated;
        this.prf = prfPrimitive;
        this.keys = newKeys;
        this.cipher = c;
    }

    /** The phase-1 PRF (HMAC of the negotiated hash). */
    public PrfPrimitive prf() {
        return prf;
    }

    public Optional<IsakmpKeys> keys() {
        return Optional.ofNullable(keys);
    }

    /** The body cipher, once SKEYID_e exists. */
    public Optional<Ikev1Cipher> cipher() {
        return Optional.ofNullable(cipher);
    }

    public void setNat(boolean localBehind, boolean remoteBehind) {
        this.localBehindNat = localBehind;
        this.remoteBehindNat = remoteBehind;
    }

    /** Whether NAT-D found a NAT on either side: ESP is then UDP-encapsulated (RFC 3947 §5). */
    public boolean natDetected() {
        return localBehindNat || remoteBehindNat;
    }

    public boolean localBehindNat() {
        return localBehindNat;
    }

    public boolean remoteBehindNat() {
        return remoteBehindNat;
    }

    /** The peer's authenticated identity as RouterOS prints it ({@code fqdn:b.test}). */
    public Optional<String> remoteIdentity() {
        return Optional.ofNullable(remoteIdentity);
    }

    public void setRemoteIdentity(String id) {
        this.remoteIdentity = id;
    }

    public long establishedAtMillis() {
        return establishedAtMillis;
    }

    public void setEstablishedAt(long millis) {
        this.establishedAtMillis = millis;
    }

    /** Whether the peer sent INITIAL-CONTACT in phase 1 (RFC 2407 §4.6.3.3). */
    public boolean initialContact() {
        return initialContact;
    }

    public void setInitialContact(boolean on) {
        this.initialContact = on;
    }

    public List<ChildSaRecord> children() {
        return List.copyOf(children);
    }

    public void addChild(ChildSaRecord child) {
        children.add(child);
    }

    /** Removes the IPsec SA whose inbound (or outbound) SPI is {@code spi}; the caller closes it. */
    public Optional<ChildSaRecord> removeChild(int spi, boolean byInbound) {
        for (ChildSaRecord c : children) {
            if ((byInbound ? c.spiIn() : c.spiOut()) == spi) {
                children.remove(c);
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Zeroises every key this SA holds. */
    public void destroy() {
        state = IkeSa.State.DESTROYING;
        for (ChildSaRecord c : children) {
            c.close();
        }
        children.clear();
        if (keys != null) {
            keys.close();
        }
        if (cipher != null) {
            cipher.close();
        }
    }

    @Override
    public String toString() {
        return String.format("Ikev1Sa[%s %016x %016x %s]", initiator ? "initiator" : "responder", ckyI, ckyR, state);
    }

    /** Whether any child SA has a byte lifetime ({@code lifebytes}), so its ESP counters matter. */
    public boolean childBytesWatched() {
        return childBytesWatched;
    }

    void childBytesWatched(boolean watched) {
        this.childBytesWatched = watched;
    }
}

package io.rosipsec.ipsec.ike.sa;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.ike.keymat.SkCipher;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One IKEv2 SA as the tasks share it: role, state, endpoints, the current {@link IkeSaRecord},
 * the SK ciphers, the IKE_SA_INIT messages the AUTH payloads sign, NAT detection results and the
 * Child SAs. Everything runs on the SA's serial executor (guideline 5), so nothing is locked.
 * What RouterOS prints in {@code active-peers} is a view over this state, not more states.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2">RFC 7296 §2</a>
 */
public final class IkeSa {
    /** strongSwan's eight IKE SA states ({@code ike_sa_state_t}). */
    public enum State {
        /** Created, nothing sent or received yet. */
        CREATED,
        /** IKE_SA_INIT / IKE_AUTH in progress. */
        CONNECTING,
        /** Authenticated; Child SAs may exist. */
        ESTABLISHED,
        /** A passive SA (HA), kept for completeness. */
        PASSIVE,
        /** Being rekeyed. */
        REKEYING,
        /** Replaced by a rekeyed SA, waiting to be deleted. */
        REKEYED,
        /** A delete is in progress. */
        DELETING,
        /** Gone; only cleanup remains. */
        DESTROYING
    }

    private final boolean initiator;
    private final IkeSessionConfig config;
    private InetSocketAddress local;
    private InetSocketAddress remote;
    private State state = State.CREATED;
    private long spiI;
    private long spiR;
    private IkeAlgorithms algorithms;
    private IkeSaRecord record;
    private SkCipher outbound;
    private SkCipher inbound;
    private byte[] initRequest;
    private byte[] initResponse;
    private byte[] ni;
    private byte[] nr;
    private boolean localBehindNat;
    private boolean remoteBehindNat;
    private String remoteIdentity;
    private final List<ChildSaRecord> children = new ArrayList<>();

    public IkeSa(boolean initiator, IkeSessionConfig config, InetSocketAddress local,
            InetSocketAddress remote) {
        this.initiator = initiator;
        this.config = Objects.requireNonNull(config, "config");
        this.local = local;
        this.remote = remote;
    }

    /** Whether this end is the original initiator (sets the I flag, RFC 7296 §3.1). */
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

    /** Moves both ends to new ports (NAT-T floating to 4500, RFC 7296 §2.23). */
    public void setEndpoints(InetSocketAddress newLocal, InetSocketAddress newRemote) {
        this.local = newLocal;
        this.remote = newRemote;
    }

    public State state() {
        return state;
    }

    public void setState(State state) {
        this.state = Objects.requireNonNull(state);
    }

    public long spiI() {
        return spiI;
    }

    public long spiR() {
        return spiR;
    }

    public void setSpis(long spiI, long spiR) {
        this.spiI = spiI;
        this.spiR = spiR;
    }

    /** Our own SPI, by which received messages find this SA. */
    public long localSpi() {
        return initiator ? spiI : spiR;
    }

    public Optional<IkeAlgorithms> algorithms() {
        return Optional.ofNullable(algorithms);
    }

    public void setAlgorithms(IkeAlgorithms algorithms) {
        this.algorithms = algorithms;
    }

    public Optional<IkeSaRecord> record() {
        return Optional.ofNullable(record);
    }

    /** Installs the keys of a new generation with its SK ciphers; closes the previous one. */
    public void install(IkeSaRecord newRecord, SkCipher out, SkCipher in) {
        if (record != null) {
            record.close();
        }
        this.record = newRecord;
        this.outbound = out;
        this.inbound = in;
    }

    public Optional<SkCipher> outbound() {
        return Optional.ofNullable(outbound);
    }

    public Optional<SkCipher> inbound() {
        return Optional.ofNullable(inbound);
    }

    /** Our SK_p: SK_pi for the initiator, SK_pr for the responder. */
    public byte[] localSkP() {
        return initiator ? record.skPi() : record.skPr();
    }

    /** The peer's SK_p. */
    public byte[] remoteSkP() {
        return initiator ? record.skPr() : record.skPi();
    }

    /** Records the IKE_SA_INIT messages exactly as sent and received (RFC 7296 §2.15). */
    public void setInitMessages(byte[] request, byte[] response) {
        this.initRequest = request.clone();
        this.initResponse = response.clone();
    }

    /** The first message this end sent: what its AUTH signs. */
    public byte[] localInitMessage() {
        return (initiator ? initRequest : initResponse).clone();
    }

    /** The first message the peer sent: what the peer's AUTH signs. */
    public byte[] remoteInitMessage() {
        return (initiator ? initResponse : initRequest).clone();
    }

    public void setNonces(byte[] ni, byte[] nr) {
        this.ni = ni.clone();
        this.nr = nr.clone();
    }

    public byte[] ni() {
        return ni.clone();
    }

    public byte[] nr() {
        return nr.clone();
    }

    /** The peer's nonce. */
    public byte[] remoteNonce() {
        return initiator ? nr() : ni();
    }

    public void setNat(boolean localBehindNat, boolean remoteBehindNat) {
        this.localBehindNat = localBehindNat;
        this.remoteBehindNat = remoteBehindNat;
    }

    /** Whether NAT detection found a NAT on either side (then ESP is UDP-encapsulated). */
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

    public List<ChildSaRecord> children() {
        return List.copyOf(children);
    }

    public void addChild(ChildSaRecord child) {
        children.add(child);
    }

    /** Removes the Child SA whose inbound (or outbound) SPI is {@code spi}; the caller closes it. */
    public Optional<ChildSaRecord> removeChild(int spi, boolean byInbound) {
        for (ChildSaRecord c : children) {
            if ((byInbound ? c.spiIn() : c.spiOut()) == spi) {
                children.remove(c);
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The Child SA whose inbound ({@code byInbound}) or outbound SPI is {@code spi}. */
    public Optional<ChildSaRecord> child(int spi, boolean byInbound) {
        for (ChildSaRecord c : children) {
            if ((byInbound ? c.spiIn() : c.spiOut()) == spi) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Hands every Child SA over to the SA that replaces this one after an IKE SA rekey (RFC 7296
     * §2.18: the Child SAs survive, only the IKE SA they hang off changes); this SA keeps none.
     */
    public List<ChildSaRecord> moveChildrenTo(IkeSa successor) {
        List<ChildSaRecord> moved = List.copyOf(children);
        successor.children.addAll(moved);
        children.clear();
        return moved;
    }

    /** Zeroises every key this SA holds. */
    public void destroy() {
        state = State.DESTROYING;
        for (ChildSaRecord c : children) {
            c.close();
        }
        children.clear();
        if (record != null) {
            record.close();
        }
    }

    @Override
    public String toString() {
        return String.format("IkeSa[%s %016x_i %016x_r %s]", initiator ? "initiator" : "responder",
                spiI, spiR, state);
    }
}

package io.rosipsec.ipsec.ike.sa;

import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.esp.AhSaConfig;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSaConfig;
import io.rosipsec.ipsec.esp.ReplayWindow;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One generation of an ESP Child SA pair (guideline 6): the inbound SPI we chose, the outbound
 * SPI the peer chose, the negotiated transforms, the four key slices named {@code encIn/encOut},
 * {@code authIn/authOut}, the narrowed traffic selectors, mode, UDP encapsulation and lifetime.
 * {@link #inbound()} and {@link #outbound()} are what {@code EspSa} is built from. {@link
 * #close()} zeroises the keys.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.17">RFC 7296 §2.17</a>
 */
public final class ChildSaRecord implements AutoCloseable {
    /** Where a Child SA pair stands. */
    public enum State {
        /** Carrying traffic. */
        INSTALLED,
        /** A CREATE_CHILD_SA rekey of ours for this pair is in flight. */
        REKEYING,
        /** Replaced by a rekeyed pair; waits for its INFORMATIONAL delete (RFC 7296 §2.8). */
        REKEYED,
        /** A delete of ours for this pair is in flight. */
        DELETING
    }

    private final int spiIn;
    private final int spiOut;
    private final ChildAlgorithms algorithms;
    private final EspMode mode;
    private final byte[] encIn;
    private final byte[] encOut;
    private final byte[] authIn;
    private final byte[] authOut;
    private final List<TrafficSelector> localTs;
    private final List<TrafficSelector> remoteTs;
    private final boolean udpEncapsulated;
    private final long createdAtMillis;
    private final Duration lifetime;
    private final PolicyConfig policy;
    private final ProtocolId protocol;
    private State state = State.INSTALLED;

    /** A pair without a known policy (tests, imports). */
    public ChildSaRecord(int spiIn, int spiOut, ChildAlgorithms algorithms, EspMode mode,
            byte[] encIn, byte[] encOut, byte[] authIn, byte[] authOut,
            List<TrafficSelector> localTs, List<TrafficSelector> remoteTs,
            boolean udpEncapsulated, long createdAtMillis, Duration lifetime) {
        this(spiIn, spiOut, algorithms, mode, encIn, encOut, authIn, authOut, localTs, remoteTs,
                udpEncapsulated, createdAtMillis, lifetime, null);
    }

    /** An ESP pair negotiated for {@code policy} (the policy a rekey offers again). */
    public ChildSaRecord(int spiIn, int spiOut, ChildAlgorithms algorithms, EspMode mode,
            byte[] encIn, byte[] encOut, byte[] authIn, byte[] authOut,
            List<TrafficSelector> localTs, List<TrafficSelector> remoteTs,
            boolean udpEncapsulated, long createdAtMillis, Duration lifetime,
            PolicyConfig policy) {
        this(ProtocolId.ESP, spiIn, spiOut, algorithms, mode, encIn, encOut, authIn, authOut, localTs, remoteTs,
                udpEncapsulated, createdAtMillis, lifetime, policy);
    }

    /**
     * A pair of {@code protocol} ({@link ProtocolId#ESP} or {@link ProtocolId#AH}, RFC 7296 §3.3.1; an AH pair has
     * empty encryption keys and {@link io.rosipsec.ipsec.crypto.EncrAlg#NULL} as its cipher).
     *
     * @throws IllegalArgumentException for another protocol
     */
    public ChildSaRecord(ProtocolId protocol, int spiIn, int spiOut, ChildAlgorithms algorithms, EspMode mode,
            byte[] encIn, byte[] encOut, byte[] authIn, byte[] authOut,
            List<TrafficSelector> localTs, List<TrafficSelector> remoteTs,
            boolean udpEncapsulated, long createdAtMillis, Duration lifetime,
            PolicyConfig policy) {
        if (protocol != ProtocolId.ESP && protocol != ProtocolId.AH) {
            throw new IllegalArgumentException("a Child SA is ESP or AH, not " + protocol);
        }
        this.protocol = protocol;
        this.policy = policy;
        this.spiIn = spiIn;
        this.spiOut = spiOut;
        this.algorithms = Objects.requireNonNull(algorithms, "algorithms");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.encIn = encIn.clone();
        this.encOut = encOut.clone();
        this.authIn = authIn.clone();
        this.authOut = authOut.clone();
        this.localTs = List.copyOf(localTs);
        this.remoteTs = List.copyOf(remoteTs);
        this.udpEncapsulated = udpEncapsulated;
        this.createdAtMillis = createdAtMillis;
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    /** {@link ProtocolId#ESP} or {@link ProtocolId#AH}. */
    public ProtocolId protocol() {
        return protocol;
    }

    /** The configuration of the inbound AH SA (RFC 4302); meaningful for an AH pair. */
    public AhSaConfig ahInbound() {
        return new AhSaConfig(spiIn, algorithms.integ(), authIn, mode, algorithms.esn(), ReplayWindow.DEFAULT_SIZE);
    }

    /** The configuration of the outbound AH SA. */
    public AhSaConfig ahOutbound() {
        return new AhSaConfig(spiOut, algorithms.integ(), authOut, mode, algorithms.esn(), ReplayWindow.DEFAULT_SIZE);
    }

    /** The SPI the peer puts on packets to us (we chose it). */
    public int spiIn() {
        return spiIn;
    }

    /** The SPI we put on packets to the peer (the peer chose it). */
    public int spiOut() {
        return spiOut;
    }

    public ChildAlgorithms algorithms() {
        return algorithms;
    }

    public EspMode mode() {
        return mode;
    }

    public byte[] encIn() {
        return encIn.clone();
    }

    public byte[] encOut() {
        return encOut.clone();
    }

    public byte[] authIn() {
        return authIn.clone();
    }

    public byte[] authOut() {
        return authOut.clone();
    }

    /** Our side's traffic selectors after narrowing. */
    public List<TrafficSelector> localTs() {
        return localTs;
    }

    public List<TrafficSelector> remoteTs() {
        return remoteTs;
    }

    /** Whether ESP travels in UDP on port 4500 (RFC 3948), decided by NAT detection. */
    public boolean udpEncapsulated() {
        return udpEncapsulated;
    }

    public long createdAtMillis() {
        return createdAtMillis;
    }

    /** The local proposal's {@code lifetime}. */
    public Duration lifetime() {
        return lifetime;
    }

    /** The local policy this pair was negotiated for, or {@code null} if unknown. */
    public PolicyConfig policy() {
        return policy;
    }

    public State state() {
        return state;
    }

    public void setState(State state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The configuration of the inbound ESP SA. */
    public EspSaConfig inbound() {
        return config(spiIn, encIn, authIn);
    }

    /** The configuration of the outbound ESP SA. */
    public EspSaConfig outbound() {
        return config(spiOut, encOut, authOut);
    }

    private EspSaConfig config(int spi, byte[] enc, byte[] auth) {
        return new EspSaConfig(spi, algorithms.enc().alg(), algorithms.enc().keyBits(), enc,
                algorithms.integ(), auth, mode, algorithms.esn(), ReplayWindow.DEFAULT_SIZE);
    }

    @Override
    public void close() {
        for (byte[] k : new byte[][] {encIn, encOut, authIn, authOut}) {
            Arrays.fill(k, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return String.format("ChildSaRecord[in %08x out %08x %s %s %s]", spiIn, spiOut,
                algorithms, mode, state);
    }
}

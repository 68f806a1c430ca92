package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.crypto.RoutingCryptoSuite;
import io.rosipsec.ipsec.esp.AhSa;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.IpsecSa;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.task.Ikev2Listener;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Turns IKEv2 engine events into SAD changes and {@code ipsec} log lines. A new Child SA is keyed
 * on the back end the board's acceleration table picks ({@link RoutingCryptoSuite#forChildSa},
 * guideline 8) and stamped with its {@code hw-aead} verdict. The log wording follows RouterOS
 * (routeros-cli.md §5.15): {@code new ike2 SA (I): ...}, {@code peer connected: ...}, {@code
 * IPsec-SA established: ...}, {@code killing ike2 SA: ...}, {@code phase1 negotiation failed due
 * to time up}, {@code fatal NO-PROPOSAL-CHOSEN notify message}.
 */
public final class SaEvents implements Ikev2Listener {
    private final RoutingCryptoSuite routing;
    private final Datapath datapath;
    private final BiConsumer<String, String> log;
    private final Consumer<IkeSa> ended;
    private final KeyLog keyLog;
    private final IkeDrops ikeDrops;

    /**
     * @param log receives (topics, message)
     * @param ended called after an IKE SA is gone (deleted or failed)
     */
    public SaEvents(RoutingCryptoSuite routing, Datapath datapath,
            BiConsumer<String, String> log, Consumer<IkeSa> ended) {
        this(routing, datapath, log, ended, null);
    }

    /**
     * As above, also writing every new IKE and ESP SA's keys to {@code keyLog} (a debug aid,
     * {@link KeyLog}), when it is not {@code null}.
     */
    public SaEvents(RoutingCryptoSuite routing, Datapath datapath,
            BiConsumer<String, String> log, Consumer<IkeSa> ended, KeyLog keyLog) {
        this.routing = routing;
        this.datapath = datapath;
        this.log = log;
        this.ended = ended;
        this.keyLog = keyLog;
        this.ikeDrops = new IkeDrops(log, () -> System.nanoTime() / 1_000_000L);
    }

    /** Malformed datagrams of either IKE version and of the transport, counted and logged. */
    public IkeDrops ikeDrops() {
        return ikeDrops;
    }

    @Override
    public void malformedMessage(InetSocketAddress from, String reason) {
        ikeDrops.dropped(from, "IKEv2 message", reason);
    }

    /** Logs the start of an IKE SA this router initiates or answers. */
    public void created(IkeSa sa) {
        log.accept("ipsec,info", "new ike2 SA (" + (sa.isInitiator() ? "I" : "R") + "): " + sa.config().peer().name()
                + " " + endpoints(sa) + " spi:" + spis(sa));
    }

    @Override
    public void ikeSaEstablished(IkeSa sa) {
        if (!sa.isInitiator()) {
            created(sa);
        }
        log.accept("ipsec,info", "peer connected: " + sa.config().peer().name() + " "
                + sa.remoteIdentity().orElse(sa.remote().getAddress().getHostAddress()));
        if (keyLog != null && sa.record().isPresent() && sa.algorithms().isPresent()) {
            try {
                keyLog.ikeSa(sa.record().get(), sa.algorithms().get());
            } catch (IOException e) {
                log.accept("ipsec,error", "key log " + keyLog.directory() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void childSaEstablished(IkeSa sa, ChildSaRecord child) {
        install(sa, sa.config().peer().name(), sa.local(), sa.remote(), child);
        String mode = child.protocol() + "/" + (child.mode() == EspMode.TUNNEL ? "Tunnel" : "Transport");
        log.accept("ipsec,info", "IPsec-SA established: " + mode + " " + hostPort(sa.remote()) + "->"
                + hostPort(sa.local()) + " spi=0x" + hex(child.spiIn()));
        log.accept("ipsec,info", "IPsec-SA established: " + mode + " " + hostPort(sa.local()) + "->"
                + hostPort(sa.remote()) + " spi=0x" + hex(child.spiOut()));
    }

    /**
     * Keys a negotiated pair on the back end the board's acceleration table picks, stamps its {@code hw-aead} verdict
     * and installs it in the SAD; shared by the IKEv2 and IKEv1 ({@link Ikev1SaEvents}) paths.
     *
     * @param owner the IKEv2 or IKEv1 SA the pair belongs to
     */
    public SadEntry install(Object owner, String peer, InetSocketAddress local, InetSocketAddress remote,
            ChildSaRecord child) {
        var alg = child.algorithms();
        RoutingCryptoSuite.PathChoice path = routing.forChildSa(alg.enc().alg(), alg.enc().keyBits(), alg.integ());
        IpsecSa in;
        IpsecSa out;
        if (child.protocol() == ProtocolId.AH) {
            in = AhSa.inbound(path.suite(), child.ahInbound());
            out = AhSa.outbound(path.suite(), child.ahOutbound());
        } else {
            in = EspSa.inbound(path.suite(), child.inbound());
            out = EspSa.outbound(path.suite(), child.outbound());
        }
        SaLifetime life = SaLifetime.routerOs(child.createdAtMillis(), child.lifetime(), 0, SaLifetime.Jitter.NONE);
        SadEntry e = new SadEntry(owner, peer, local, remote, child, in, out, path.hwAead(), life);
        datapath.install(e);
        if (keyLog != null && child.protocol() == ProtocolId.ESP) { // Wireshark's esp_sa table is ESP only
            try {
                keyLog.espSa(local.getAddress(), remote.getAddress(), child.inbound(), child.outbound());
            } catch (IOException ex) {
                log.accept("ipsec,error", "key log " + keyLog.directory() + ": " + ex.getMessage());
            }
        }
        return e;
    }

    @Override
    public void childSaFailed(IkeSa sa, NotifyType reason) {
        log.accept("ipsec,error", "fatal " + notifyName(reason) + " notify message");
    }

    @Override
    public void childSaDeleted(IkeSa sa, ChildSaRecord child) {
        log.accept("ipsec,info", "IPsec-SA killing: " + sa.config().peer().name() + " spi=0x" + hex(child.spiIn()));
        datapath.remove(child.spiIn());
    }

    @Override
    public void ikeSaDeleted(IkeSa sa) {
        log.accept("ipsec,info", "killing ike2 SA: " + sa.config().peer().name() + " " + endpoints(sa) + " spi:"
                + spis(sa));
        datapath.removeAll(sa);
        ended.accept(sa);
    }

    @Override
    public void ikeSaFailed(IkeSa sa, NotifyType reason, String detail) {
        String remote = sa.remote().getAddress().getHostAddress();
        if (reason == NotifyType.UNKNOWN) {
            log.accept("ipsec,error", remote + " phase1 negotiation failed due to time up");
        } else {
            log.accept("ipsec,error", remote + " fatal " + notifyName(reason) + " notify message");
        }
        datapath.removeAll(sa);
        ended.accept(sa);
    }

    private static String notifyName(NotifyType t) {
        return t.name().replace('_', '-').toUpperCase(Locale.ROOT);
    }

    private static String endpoints(IkeSa sa) {
        return sa.local().getAddress().getHostAddress() + "[" + sa.local().getPort() + "]-"
                + sa.remote().getAddress().getHostAddress() + "[" + sa.remote().getPort() + "]";
    }

    private static String hostPort(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + "[" + a.getPort() + "]";
    }

    private static String spis(IkeSa sa) {
        return String.format("%016x:%016x", sa.spiI(), sa.spiR());
    }

    private static String hex(int spi) {
        return Integer.toHexString(spi);
    }
}

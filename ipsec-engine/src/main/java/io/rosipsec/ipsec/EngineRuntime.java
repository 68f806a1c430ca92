package io.rosipsec.ipsec;

import io.rosipsec.hw.HwProfile;
import io.rosipsec.ipsec.crypto.RoutingCryptoSuite;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Engine;
import io.rosipsec.ipsec.ike.v2.task.Ikev2Engine;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import io.rosipsec.ipsec.net.DatagramDemux;
import io.rosipsec.ipsec.net.Datapath;
import io.rosipsec.ipsec.net.EventLoopScheduler;
import io.rosipsec.ipsec.net.Ikev1ByteFeed;
import io.rosipsec.ipsec.net.Ikev1SaEvents;
import io.rosipsec.ipsec.net.KeyLog;
import io.rosipsec.ipsec.net.PortMap;
import io.rosipsec.ipsec.net.SaEvents;
import io.rosipsec.ipsec.net.UdpTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Everything that exists while an {@link IpsecEngine} runs, wired together (guideline 5): the UDP transport and its
 * event loop as the engine's scheduler, the crypto suite routed by the board, the SAD and data path, the SA event
 * sink, the IKEv2 and IKEv1 engines fed by IKE major version (RFC 7296 §3.1, RFC 2408 §3.1), the configured
 * sessions ({@link PeerSessions}) and the status views' row numbers. One per {@link IpsecEngine#start}; after
 * construction its parts are touched only on the loop.
 */
final class EngineRuntime {
    /** How long a caller waits for work handed to the loop. */
    static final long CALL_TIMEOUT_MS = 5000;

    final UdpTransport transport;
    final EventLoopScheduler scheduler;
    final Datapath datapath;
    final SaEvents events;
    final Ikev2Engine ikev2;
    final Ikev1Engine ikev1;
    final BoardSaRate saRate;
    final PeerSessions sessions;
    final RowNumbers numbers = new RowNumbers();

    /**
     * Builds the parts without binding anything ({@link #open} binds).
     *
     * @param isCurrent whether a runtime is still its engine's current one (timers of a stopped one do nothing)
     */
    EngineRuntime(InetAddress bind, PortMap ports, HwProfile board, String serial, Clock clock,
            IpsecEngine.EventSink sink, RetransmitPolicy retransmit, Predicate<EngineRuntime> isCurrent) {
        transport = new UdpTransport(bind, ports);
        SecureRandom random = new SecureRandom();
        RoutingCryptoSuite suite = new RoutingCryptoSuite(board, serial, new JcaCryptoSuite(random),
                new BcCryptoSuite(random));
        scheduler = new EventLoopScheduler(transport.eventLoop(),
                () -> sink.log("ipsec,error", "internal error, event dropped"));
        EngineContext ctx = EngineContext.of(clock, scheduler, suite, random);
        datapath = new Datapath(transport::sendEsp, scheduler, System::nanoTime);
        saRate = new BoardSaRate(board, suite);
        events = new SaEvents(suite, datapath, sink::log, sa -> ended(sa.config().peer().name(), sa.isInitiator()),
                KeyLog.fromSystemProperty().orElse(null));
        ikev2 = new Ikev2Engine(ctx, bind, transport, events, retransmit);
        ikev1 = new Ikev1Engine(ctx, bind, transport,
                new Ikev1SaEvents(events, datapath, sink::log,
                        sa -> ended(sa.config().peer().name(), sa.isInitiator())),
                retransmit, SaLifetime.Jitter.NONE);
        datapath.setByteObserver(new Ikev1ByteFeed(ikev1));
        sessions = new PeerSessions(scheduler, ikev2, ikev1, events, datapath, () -> isCurrent.test(this));
    }

    private void ended(String peer, boolean initiator) {
        sessions.ended(peer, initiator);
    }

    /**
     * Binds the sockets: IKE messages go to the engine of their major version, ESP (and framed AH) to the data path,
     * unclassifiable datagrams to the IKE drop counter.
     *
     * @throws IOException if a port cannot be bound
     */
    void open() throws IOException {
        transport.start(new UdpTransport.Receiver() {
            @Override
            public void ike(InetSocketAddress from, InetSocketAddress wildcardOrTo, byte[] message) {
                InetSocketAddress to = SourceAddress.towards(wildcardOrTo, from);
                if (DatagramDemux.ikeMajorVersion(message) == 1) {
                    ikev1.receive(from, to, message);
                } else {
                    ikev2.receive(from, to, message);
                }
            }

            @Override
            public void esp(InetSocketAddress from, InetSocketAddress to, byte[] packet) {
                datapath.receive(from, packet);
            }

            @Override
            public void invalid(InetSocketAddress from, boolean natT) {
                events.ikeDrops().dropped(from, "datagram",
                        "shorter than " + (natT ? "ESP or " : "") + "an IKE header");
            }
        });
    }

    /** Forgets every SA on the loop (pending pings time out) and closes the sockets; no Delete is sent. */
    void close() {
        try {
            transport.eventLoop().submit(datapath::clear).get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing anyway
        }
        transport.close();
    }

    /** The bound UDP endpoints ({@code address:ike-port}, {@code address:nat-t-port}). */
    List<InetSocketAddress> endpoints() {
        PortMap p = transport.ports();
        return List.of(new InetSocketAddress(transport.bindAddress(), p.ikePort()),
                new InetSocketAddress(transport.bindAddress(), p.natTPort()));
    }
}

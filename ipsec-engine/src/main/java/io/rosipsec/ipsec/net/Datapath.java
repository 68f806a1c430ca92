package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.EchoResult;
import io.rosipsec.ipsec.EngineScheduler;
import io.rosipsec.ipsec.esp.AhSa;
import io.rosipsec.ipsec.esp.Decapsulated;
import io.rosipsec.ipsec.esp.EspDrop;
import io.rosipsec.ipsec.esp.EspException;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.IcmpEcho;
import io.rosipsec.ipsec.esp.IpsecSa;
import io.rosipsec.ipsec.esp.Ipv4Header;
import io.rosipsec.ipsec.esp.MalformedPacketException;
import io.rosipsec.ipsec.esp.SaCounters;
import io.rosipsec.ipsec.esp.UdpEncap;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * The router's IPsec data path (RFC 4301 §5): the SAD of installed Child SA pairs keyed by
 * inbound SPI, ESP input (RFC 4303 §3.4) with every failure counted under its {@code /ip ipsec
 * statistics} name, ESP output chosen by the SA whose selectors cover the packet, and the one kind
 * of inner traffic the emulator originates and terminates: ICMP echo (RFC 792). Echo requests to
 * one of the router's own addresses are answered back through the tunnel; replies complete the
 * pending {@code /ping}. Everything runs on the event loop.
 */
public final class Datapath {
    private static final int DEFAULT_TTL = 64;

    private final ChildSender sender;
    private final EngineScheduler scheduler;
    private final LongSupplier nanoTime;
    private final Map<Integer, SadEntry> byInboundSpi = new LinkedHashMap<>();
    private final Map<String, Long> drops = new HashMap<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final EgressShaper shaper;
    private SaRate saRate;
    private ByteObserver byteObserver;
    private Set<InetAddress> ownAddresses = Set.of();
    private int identification;
    private long innerMalformed;

    /** The packet rate an SA may reach for a packet of a given size; 0 or less is unlimited. */
    @FunctionalInterface
    public interface SaRate {
        double packetsPerSecond(SadEntry sa, int packetSize);
    }

    /**
     * Sees the byte counter of an SA direction after every packet it protected or accepted ({@code current-bytes}
     * of {@code installed-sa}), so that byte lifetimes can act on live traffic (RFC 2407 §4.5; {@link Ikev1ByteFeed}).
     */
    @FunctionalInterface
    public interface ByteObserver {
        /**
         * @param entry the pair the packet went through
         * @param spi the SPI of the direction that counted it (inbound or outbound)
         * @param counter that direction's byte counter after the packet
         */
        void counted(SadEntry entry, int spi, long counter);
    }

    /** Outer IPv4 (20) and UDP (8) headers around an ESP-in-UDP packet (RFC 3948 §2.1). */
    private static final int UDP_ENCAP_OVERHEAD = 28;

    /**
     * Sends a protected packet to a peer (the NAT-T socket): an ESP packet, or an AH packet framed by {@link
     * UdpEncap#wrapAh} (the emulator's AH transport).
     */
    @FunctionalInterface
    public interface ChildSender {
        void sendEsp(InetSocketAddress to, byte[] espPacket);
    }

    private record Pending(CompletableFuture<EchoResult> result, int sequence, InetAddress host, long sentNanos,
            EngineScheduler.Timer timer) {}

    public Datapath(ChildSender sender, EngineScheduler scheduler, LongSupplier nanoTime) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
        this.shaper = new EgressShaper(nanoTime);
    }

    /**
     * Caps what leaves the router through the tunnels, in bit/s of outer datagrams (the CHR licence
     * limit, {@link EgressShaper}); 0 or less removes the cap.
     */
    public void setEgressCap(long bitsPerSecond) {
        shaper.setEgressCap(bitsPerSecond);
    }

    /** Limits each SA's outbound packet rate (throughput emulation); {@code null} removes the limit. */
    public void setSaRate(SaRate rate) {
        this.saRate = rate;
    }

    /** Reports byte counters after every packet ({@code null}: nobody listens). */
    public void setByteObserver(ByteObserver observer) {
        this.byteObserver = observer;
    }

    private void counted(SadEntry e, SaCounters c, int spi) {
        ByteObserver o = byteObserver;
        if (o != null) {
            o.counted(e, spi, c.bytes());
        }
    }

    /** Outbound datagrams dropped by the licence cap. */
    public long droppedByLicence() {
        return shaper.droppedByLicence();
    }

    /** Outbound packets dropped by the per-SA packet-rate envelope. */
    public long droppedByEnvelope() {
        return shaper.droppedByEnvelope();
    }

    /** The router's own addresses (echo requests to them are answered). */
    public void setOwnAddresses(Set<InetAddress> addresses) {
        this.ownAddresses = Set.copyOf(addresses);
    }

    public void install(SadEntry e) {
        byInboundSpi.put(e.inbound().spi(), e);
    }

    /** Removes and closes the pair whose inbound SPI is {@code spiIn}. */
    public void remove(int spiIn) {
        SadEntry e = byInboundSpi.remove(spiIn);
        if (e != null) {
            shaper.forget(e);
            e.close();
        }
    }

    /** Removes and closes every pair negotiated under {@code owner} (an IKEv2 or IKEv1 SA). */
    public void removeAll(Object owner) {
        for (SadEntry e : List.copyOf(byInboundSpi.values())) {
            if (e.owner() == owner) {
                remove(e.inbound().spi());
            }
        }
    }

    public List<SadEntry> entries() {
        return List.copyOf(byInboundSpi.values());
    }

    /**
     * Decapsulated packets dropped because the inner packet was malformed past its first 20 bytes (bad IPv4 header,
     * bad ICMP): on the device the IP stack drops them and counts them outside {@code /ip ipsec statistics}.
     */
    public long innerMalformed() {
        return innerMalformed;
    }

    /** Drops by {@code /ip ipsec statistics} counter name. */
    public Map<String, Long> dropCounters() {
        return Map.copyOf(drops);
    }

    private void count(EspDrop d) {
        drops.merge(d.routerOsCounter(), 1L, Long::sum);
    }

    // ------------------------------------------------------------------ input

    /** One ESP packet, or AH framed by {@link UdpEncap#wrapAh}, from the NAT-T socket; never throws. */
    public void receive(InetSocketAddress from, byte[] packet) {
        if (UdpEncap.isAh(packet)) {
            receiveAh(Arrays.copyOfRange(packet, UdpEncap.MARKER_LENGTH, packet.length));
            return;
        }
        int spi;
        try {
            spi = EspSa.readSpi(packet);
        } catch (EspException e) {
            count(e.drop());
            return;
        }
        decapsulate(spi, EspSa.class, packet);
    }

    /** An IPv4 packet carrying AH (RFC 4302 §3.4): SPI lookup, then {@link AhSa#decapsulate}. */
    private void receiveAh(byte[] ip) {
        int spi;
        try {
            int ah = Ipv4Header.parse(ip).headerLength();
            if ((ip[9] & 0xFF) != Ipv4Header.PROTO_AH || ip.length < ah + 8) {
                count(EspDrop.HEADER);
                return;
            }
            spi = ((ip[ah + 4] & 0xFF) << 24) | ((ip[ah + 5] & 0xFF) << 16) | ((ip[ah + 6] & 0xFF) << 8)
                    | (ip[ah + 7] & 0xFF);
        } catch (MalformedPacketException x) {
            count(EspDrop.HEADER);
            return;
        }
        decapsulate(spi, AhSa.class, ip);
    }

    /**
     * The common input step of ESP (RFC 4303 §3.4.2) and AH (RFC 4302 §3.4.2): the pair installed under {@code spi}
     * with an inbound SA of the expected protocol, verification and decryption by it, the byte counter, then
     * delivery; a TFC dummy packet (RFC 4303 §2.6) is counted and discarded. Every failure is counted.
     */
    private void decapsulate(int spi, Class<? extends IpsecSa> protocol, byte[] packet) {
        SadEntry e = byInboundSpi.get(spi);
        if (e == null || !protocol.isInstance(e.inbound())) {
            count(EspDrop.NO_STATE);
            return;
        }
        IpsecSa in = e.inbound();
        Decapsulated d;
        try {
            d = in instanceof AhSa ah ? ah.decapsulate(packet) : ((EspSa) in).decapsulate(packet);
        } catch (EspException x) {
            count(x.drop());
            return;
        } catch (RuntimeException x) {
            count(EspDrop.OTHER);
            return;
        }
        counted(e, in.counters(), spi);
        if (!d.dummy()) {
            deliver(e, d);
        }
    }

    /** Hands a verified payload to the inner traffic the emulator terminates (ICMP echo). */
    private void deliver(SadEntry e, Decapsulated d) {
        try {
            if (e.child().mode() == EspMode.TUNNEL) {
                if (d.nextHeader() == EspMode.NEXT_IPV4) {
                    inner(e, d.payload());
                }
            } else if (d.nextHeader() == Ipv4Header.PROTO_ICMP) {
                IcmpEcho echo = IcmpEcho.parse(d.payload());
                icmp(e, echo, e.remote().getAddress(), e.local().getAddress(), DEFAULT_TTL,
                        d.payload().length + Ipv4Header.MIN_LENGTH);
            }
        } catch (MalformedPacketException x) {
            innerMalformed++; // the IP stack's drop (its own counters), not an XFRM one
        }
    }

    private void inner(SadEntry e, byte[] ip) throws MalformedPacketException {
        if (ip.length < Ipv4Header.MIN_LENGTH) {
            count(EspDrop.INNER_TRUNCATED);
            return;
        }
        Ipv4Header h = Ipv4Header.parse(ip);
        if (h.protocol() != Ipv4Header.PROTO_ICMP) {
            return; // only ICMP is terminated here; other inner traffic has nowhere to go
        }
        IcmpEcho echo = IcmpEcho.parseIpv4(ip);
        icmp(e, echo, address(h.source()), address(h.destination()), h.ttl(), h.totalLength());
    }

    private void icmp(SadEntry e, IcmpEcho echo, InetAddress src, InetAddress dst, int ttl, int size) {
        if (echo.type() == IcmpEcho.ECHO_REQUEST) {
            if (ownAddresses.contains(dst)) {
                output(dst, src, echo.reply());
            }
            return;
        }
        Pending p = pending.remove(key(echo.identifier(), echo.sequence()));
        if (p != null && p.host().equals(src)) {
            p.timer().cancel();
            long rtt = nanoTime.getAsLong() - p.sentNanos();
            p.result().complete(new EchoResult(p.sequence(), src, true, size, ttl, Duration.ofNanos(rtt)));
        }
    }

    // ------------------------------------------------------------------ output

    /** The installed pair whose outbound selectors cover {@code src → dst}, or null. */
    public SadEntry route(InetAddress src, InetAddress dst) {
        SadEntry best = null;
        for (SadEntry e : byInboundSpi.values()) {
            if (e.coversOutbound(src, dst)) {
                best = e; // the newest pair wins (after a rekey both exist for a while)
            }
        }
        return best;
    }

    /** An own address inside the local selectors of a pair that reaches {@code dst}, or null. */
    public InetAddress sourceFor(InetAddress dst) {
        for (SadEntry e : byInboundSpi.values()) {
            if (!SadEntry.covers(e.child().remoteTs(), dst)) {
                continue;
            }
            for (InetAddress a : ownAddresses) {
                if (SadEntry.covers(e.child().localTs(), a)) {
                    return a;
                }
            }
            if (e.child().mode() == EspMode.TRANSPORT) {
                return e.local().getAddress();
            }
        }
        return null;
    }

    private boolean output(InetAddress src, InetAddress dst, IcmpEcho echo) {
        SadEntry e = route(src, dst);
        if (e == null) {
            drops.merge("out-no-states", 1L, Long::sum);
            return false;
        }
        byte[] packet;
        int next;
        if (e.child().mode() == EspMode.TUNNEL) {
            packet = echo.toIpv4(src.getAddress(), dst.getAddress(), DEFAULT_TTL, identification++);
            next = EspMode.NEXT_IPV4;
        } else {
            packet = echo.encode();
            next = Ipv4Header.PROTO_ICMP;
        }
        SaRate rate = saRate;
        if (rate != null && !shaper.admitSa(e, rate.packetsPerSecond(e, packet.length))) {
            return false; // over the board's packet rate: the crypto path never sees it
        }
        try {
            byte[] wire;
            if (e.outbound() instanceof AhSa ah) {
                byte[] ip = e.child().mode() == EspMode.TUNNEL
                        ? ah.encapsulateTunnel(packet, e.local().getAddress().getAddress(),
                                e.remote().getAddress().getAddress())
                        : ah.encapsulateTransport(echo.toIpv4(src.getAddress(), dst.getAddress(), DEFAULT_TTL,
                                identification++));
                wire = UdpEncap.wrapAh(ip);
            } else {
                wire = ((EspSa) e.outbound()).encapsulate(packet, next);
            }
            counted(e, e.outbound().counters(), e.outbound().spi());
            if (!shaper.admitEgress(wire.length + UDP_ENCAP_OVERHEAD)) {
                return false; // over the licence cap: dropped at the interface, after protection
            }
            sender.sendEsp(e.remote(), wire);
            return true;
        } catch (EspException x) {
            count(x.drop());
            return false;
        }
    }

    /**
     * Sends one echo request of {@code size} total IPv4 bytes (at least 28) and completes with the
     * reply, or with a timeout result after {@code timeout}. Call on the event loop.
     */
    public CompletableFuture<EchoResult> echo(InetAddress src, InetAddress dst, int identifier, int sequence,
            int size, Duration timeout) {
        CompletableFuture<EchoResult> f = new CompletableFuture<>();
        int k = key(identifier, sequence);
        Pending old = pending.remove(k);
        if (old != null) {
            old.timer().cancel();
            old.result().complete(EchoResult.timeout(old.sequence(), old.host()));
        }
        byte[] data = new byte[Math.max(0, size - Ipv4Header.MIN_LENGTH - 8)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        EngineScheduler.Timer t = scheduler.schedule(timeout, () -> {
            Pending p = pending.remove(k);
            if (p != null) {
                p.result().complete(EchoResult.timeout(sequence, dst));
            }
        });
        pending.put(k, new Pending(f, sequence, dst, nanoTime.getAsLong(), t));
        if (src != null) {
            // Without an SA covering the packet it is never sent and simply times out.
            output(src, dst, IcmpEcho.request(identifier, sequence, data));
        }
        return f;
    }

    /** Completes every pending echo as a timeout and closes every SA (engine stop). */
    public void clear() {
        for (Pending p : new ArrayList<>(pending.values())) {
            p.timer().cancel();
            p.result().complete(EchoResult.timeout(p.sequence(), p.host()));
        }
        pending.clear();
        for (SadEntry e : List.copyOf(byInboundSpi.values())) {
            remove(e.inbound().spi());
        }
    }

    private static int key(int identifier, int sequence) {
        return ((identifier & 0xFFFF) << 16) | (sequence & 0xFFFF);
    }

    private static InetAddress address(byte[] raw) throws MalformedPacketException {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new MalformedPacketException("bad address");
        }
    }
}

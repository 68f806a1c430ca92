package io.rosipsec.ipsec.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.rosipsec.ipsec.esp.UdpEncap;
import io.rosipsec.ipsec.ike.v2.task.DatagramSender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The UDP side of one router (RFC 7296 §2, RFC 3948): one socket on the IKE port and one on the
 * NAT-T port of a bind address, both served by a single Netty event loop which is also the
 * engine's serial executor (guideline 5). Received datagrams are sorted by {@link DatagramDemux}
 * and handed to a {@link Receiver} with engine-side ports ({@link PortMap}); malformed ones are
 * counted and dropped. Outbound IKE leaves through the socket of the SA's local port, with the
 * non-ESP marker on the NAT-T socket; ESP always leaves UDP-encapsulated on the NAT-T socket (the
 * emulator has no raw ESP path).
 */
public final class UdpTransport implements DatagramSender, AutoCloseable {
    /** Where classified datagrams go; called on the event loop. */
    public interface Receiver {
        /** An IKE message (marker removed) from {@code from} to {@code to}, engine-side ports. */
        void ike(InetSocketAddress from, InetSocketAddress to, byte[] message);

        /** An ESP packet that arrived in UDP on the NAT-T port. */
        void esp(InetSocketAddress from, InetSocketAddress to, byte[] packet);

        /**
         * A datagram too short for an IKE header, or on the NAT-T port for ESP (RFC 3948 §2.2), already counted in
         * {@link UdpTransport#malformed()}.
         */
        default void invalid(InetSocketAddress from, boolean natTSocket) {}
    }

    private final InetAddress bind;
    private final PortMap ports;
    private final EventLoopGroup group;
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong keepalives = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();
    private Channel ike;
    private Channel natT;
    private Receiver receiver;

    public UdpTransport(InetAddress bind, PortMap ports) {
        this.bind = bind;
        this.ports = ports;
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    /**
     * Binds both sockets; {@code receiver} starts getting datagrams.
     *
     * @throws IOException if a port cannot be bound
     */
    public void start(Receiver r) throws IOException {
        this.receiver = r;
        try {
            ike = bindOne(ports.ikePort(), false);
            natT = bindOne(ports.natTPort(), true);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Channel bindOne(int port, boolean natTSocket) throws IOException {
        Bootstrap b = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .handler(new Inbound(natTSocket));
        try {
            return b.bind(new InetSocketAddress(bind, port)).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted binding UDP " + bind.getHostAddress() + ":" + port, e);
        } catch (Exception e) {
            throw new IOException("can not bind UDP " + bind.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The loop that runs the channels and, through {@link EventLoopScheduler}, the engine. */
    public EventLoop eventLoop() {
        return group.next();
    }

    /** The address the sockets are bound to. */
    public InetAddress bindAddress() {
        return bind;
    }

    public PortMap ports() {
        return ports;
    }

    /** Datagrams dropped because they could not be classified (too short, bad marker). */
    public long malformed() {
        return malformed.get();
    }

    /** NAT keepalives received (dropped silently, RFC 3948 §2.3). */
    public long keepalives() {
        return keepalives.get();
    }

    /** Datagrams that could not be written (no socket, unreachable). */
    public long sendErrors() {
        return sendErrors.get();
    }

    /** Sends an IKE message: on the NAT-T socket (with the non-ESP marker) when {@code from} is port 4500. */
    @Override
    public void send(InetSocketAddress from, InetSocketAddress to, byte[] ikeMessage) {
        boolean viaNatT = from.getPort() == UdpEncap.NAT_T_PORT;
        write(viaNatT ? natT : ike, to, viaNatT ? UdpEncap.wrapIke(ikeMessage) : ikeMessage);
    }

    /** Sends an ESP packet in UDP on the NAT-T socket (RFC 3948 §2.1). */
    public void sendEsp(InetSocketAddress to, byte[] espPacket) {
        write(natT, to, UdpEncap.wrapEsp(espPacket));
    }

    /** Sends a NAT keepalive (RFC 3948 §2.3). */
    public void sendKeepalive(InetSocketAddress to) {
        write(natT, to, UdpEncap.keepalive());
    }

    private void write(Channel ch, InetSocketAddress to, byte[] payload) {
        if (ch == null || !ch.isActive()) {
            sendErrors.incrementAndGet();
            return;
        }
        InetSocketAddress wire = new InetSocketAddress(to.getAddress(), ports.toWire(to.getPort()));
        ch.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(payload), wire)).addListener(f -> {
            if (!f.isSuccess()) {
                sendErrors.incrementAndGet();
            }
        });
    }

    @Override
    public void close() {
        for (Channel c : new Channel[] {ike, natT}) {
            if (c != null) {
                c.close().awaitUninterruptibly();
            }
        }
        group.shutdownGracefully(0, 200, java.util.concurrent.TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }

    private final class Inbound extends SimpleChannelInboundHandler<DatagramPacket> {
        private final boolean natTSocket;

        Inbound(boolean natTSocket) {
            this.natTSocket = natTSocket;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket p) {
            ByteBuf buf = p.content();
            byte[] data = new byte[buf.readableBytes()];
            buf.getBytes(buf.readerIndex(), data);
            InetSocketAddress from = new InetSocketAddress(p.sender().getAddress(),
                    ports.fromWire(p.sender().getPort()));
            InetSocketAddress to = new InetSocketAddress(
                    p.recipient() == null ? bind : p.recipient().getAddress(),
                    natTSocket ? UdpEncap.NAT_T_PORT : UdpEncap.IKE_PORT);
            UdpEncap.Demuxed d = DatagramDemux.classify(natTSocket, data);
            try {
                switch (d.kind()) {
                    case IKE -> receiver.ike(from, to, d.payload());
                    case ESP -> receiver.esp(from, to, d.payload());
                    case KEEPALIVE -> keepalives.incrementAndGet();
                    case INVALID -> {
                        malformed.incrementAndGet();
                        receiver.invalid(from, natTSocket);
                    }
                }
            } catch (RuntimeException e) {
                malformed.incrementAndGet();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            malformed.incrementAndGet();
        }
    }
}

package io.rosipsec.api.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.rosipsec.api.wire.ApiFramingErrorHandler;
import io.rosipsec.api.wire.ApiSentenceAggregator;
import io.rosipsec.api.wire.ApiSentenceEncoder;
import io.rosipsec.api.wire.ApiWordDecoder;
import io.rosipsec.router.Router;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The binary API service of one {@link Router} (routeros-api.md §1.1): a Netty server on {@code
 * bindAddress:port}, plain TCP ({@code api}, 8728) or TLS ({@code api-ssl}, 8729). Each connection's pipeline:
 *
 * <pre>
 *   [SslHandler] → ApiWordDecoder → ApiSentenceAggregator → ApiSentenceEncoder (outbound)
 *                → ApiSessionHandler → ApiFramingErrorHandler
 * </pre>
 *

 * <p>TLS identity: {@link ServiceTls} per connection ({@code /ip service api-ssl certificate=}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API</a>
 */
public final class ApiServer implements AutoCloseable {
    private final Router router;
    private final ApiServerOptions options;
    private final ApiFramingErrorHandler framingErrors = new ApiFramingErrorHandler();
    private final ApiSentenceEncoder encoder = new ApiSentenceEncoder();
    private final AcceptedConnections connections;
    private EventLoopGroup group;
    private Channel channel;
    private ServiceTls tls;

    public ApiServer(Router router, ApiServerOptions options) {
        this.router = router;
        this.options = options;
        this.connections = new AcceptedConnections(router);
    }

    /**
     * Binds and starts accepting connections.
     *
     * @return the bound port (useful with port 0)
     * @throws InterruptedException if interrupted while binding
     * @throws IllegalStateException if already started or the TLS context cannot be built
     */
    public synchronized int start() throws InterruptedException {
        if (group != null) {
            throw new IllegalStateException("already started");
        }
        ServiceTls ssl = options.tls() ? new ServiceTls(router, "api-ssl", true) : null;
        if (ssl != null) {
            ssl.init();
        }
        tls = ssl;
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        if (!router.serviceAllows(options.tls() ? "api-ssl" : "api", ch.remoteAddress().getAddress())) {
                            ch.close(); // /ip service address=...: not an allowed network
                            return;
                        }
                        ChannelPipeline p = ch.pipeline();
                        if (ssl != null) {
                            p.addLast("ssl", ssl.context().newHandler(ch.alloc()));
                        }
                        p.addLast("words", new ApiWordDecoder());
                        p.addLast("sentences", new ApiSentenceAggregator());
                        p.addLast("encoder", encoder);
                        p.addLast("session", new ApiSessionHandler(router, options.loginTimeout()));
                        p.addLast("framing-errors", framingErrors);
                    }
                });
        try {
            channel = b.bind(new InetSocketAddress(options.bindAddress(), options.port())).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            group = null;
            throw e;
        }
        connections.listening();
        return port();
    }

    /** Where the router's TLS identity lives ({@code <data-dir>/tls-identity.pem}); null without a data directory. */
    public static java.nio.file.Path identityFile(Router router) {
        java.nio.file.Path dir = router.options().dataDir();
        return dir == null ? null : dir.resolve("tls-identity.pem");
    }

    /** The bound port; {@code -1} before {@link #start()}. */
    public synchronized int port() {
        return channel == null ? -1 : ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** The certificate {@code api-ssl} presents to a new connection; null for plain {@code api} or before start. */
    public java.security.cert.X509Certificate certificate() {
        ServiceTls t = tls;
        return t == null ? null : t.certificate();
    }

    public ApiServerOptions options() {
        return options;
    }

    /** Stops accepting and closes every connection. */
    @Override
    public synchronized void close() {
        connections.stopped();
        if (channel != null) {
            channel.close().syncUninterruptibly();
            channel = null;
        }
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            group = null;
        }
    }
}

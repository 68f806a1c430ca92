package io.rosipsec.api.rest;

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
import io.netty.handler.codec.http.HttpServerCodec;
import io.rosipsec.api.server.AcceptedConnections;
import io.rosipsec.api.server.ServiceTls;
import io.rosipsec.router.Router;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The REST API of one {@link Router} (routeros-api.md §2): {@code /rest} on the {@code www} service (plain HTTP,
 * RouterOS 7.9+) or {@code www-ssl} (HTTPS, 7.1+, with the {@code /ip service www-ssl certificate=} identity chosen
 * per connection by {@link ServiceTls}).
 * Each connection's pipeline:
 *
 * <pre>
 *   [SslHandler] → HttpServerCodec → RestBodyLimit (aggregator, 413 over the limit) → RestMenuHandler
 * </pre>
 *
 * <p>Requests run on a small worker pool ({@value #WORKERS} threads; the menu model serialises them anyway) so a
 * slow command never blocks the event loop and the 60 s cut-off can answer while it runs.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API</a>
 */
public final class RestServer implements AutoCloseable {
    /** Worker threads running requests. */
    public static final int WORKERS = 4;
    /** Requests waiting for a worker before new ones are refused with 503. */
    private static final int QUEUE = 256;

    private final Router router;
    private final RestServerOptions options;
    private final AcceptedConnections connections;
    private EventLoopGroup group;
    private ExecutorService workers;
    private Channel channel;
    private ServiceTls tls;

    public RestServer(Router router, RestServerOptions options) {
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
        ServiceTls ssl = options.tls() ? new ServiceTls(router, options.service(), false) : null;
        if (ssl != null) {
            ssl.init();
        }
        tls = ssl;
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, options.service() + "-rest-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        if (!router.serviceAllows(options.service(), ch.remoteAddress().getAddress())) {
                            ch.close(); // /ip service address=...: not an allowed network
                            return;
                        }
                        ChannelPipeline p = ch.pipeline();
                        if (ssl != null) {
                            p.addLast("ssl", ssl.context().newHandler(ch.alloc()));
                        }
                        p.addLast("http", new HttpServerCodec());
                        p.addLast("body", new RestBodyLimit(options.maxBodyBytes()));
                        p.addLast("rest", new RestMenuHandler(router, workers, options));
                    }
                });
        try {
            channel = b.bind(new InetSocketAddress(options.bindAddress(), options.port())).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            shutdown();
            throw e;
        }
        connections.listening();
        return port();
    }

    /** The bound port; {@code -1} before {@link #start()}. */
    public synchronized int port() {
        return channel == null ? -1 : ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** The certificate {@code www-ssl} presents; null for plain {@code www} or before start. */
    public X509Certificate certificate() {
        ServiceTls t = tls;
        return t == null ? null : t.certificate();
    }

    public RestServerOptions options() {
        return options;
    }

    /** Stops accepting, closes every connection and stops the workers. */
    @Override
    public synchronized void close() {
        connections.stopped();
        if (channel != null) {
            channel.close().syncUninterruptibly();
            channel = null;
        }
        shutdown();
    }

    private void shutdown() {
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            group = null;
        }
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }
}

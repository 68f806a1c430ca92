package io.rosipsec.api.rest;

import java.net.InetAddress;
import java.time.Duration;

/**
 * How a {@link RestServer} listens (routeros-api.md §2.1): the {@code www} service (plain HTTP, port 80, RouterOS
 * 7.9+) or {@code www-ssl} (HTTPS, port 443, 7.1+), with the request limits.
 *
 * @param bindAddress address to bind
 * @param port port to bind, 0 for any free port
 * @param tls whether this is {@code www-ssl}
 * @param maxBodyBytes largest request body accepted; larger ones get {@code 413}. The router's own limit is not
 *     documented; {@link #DEFAULT_MAX_BODY} is far above any configuration request
 * @param timeout how long a request may run before the router answers {@code 400 Session closed} (§2.1: 60 s)
 */
public record RestServerOptions(InetAddress bindAddress, int port, boolean tls, int maxBodyBytes, Duration timeout) {
    /** The router's documented cut-off for one request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The request body limit: 1 MiB. */
    public static final int DEFAULT_MAX_BODY = 1 << 20;

    public RestServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout);
        }
    }

    /** {@code www}: plain HTTP with the default limits. */
    public static RestServerOptions plain(InetAddress bindAddress, int port) {
        return new RestServerOptions(bindAddress, port, false, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT);
    }

    /** {@code www-ssl}: HTTPS with a self-signed certificate and the default limits. */
    public static RestServerOptions tls(InetAddress bindAddress, int port) {
        return new RestServerOptions(bindAddress, port, true, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT);
    }

    /** The service name in {@code /ip service}. */
    public String service() {
        return tls ? "www-ssl" : "www";
    }

    public RestServerOptions withMaxBodyBytes(int bytes) {
        return new RestServerOptions(bindAddress, port, tls, bytes, timeout);
    }

    public RestServerOptions withTimeout(Duration t) {
        return new RestServerOptions(bindAddress, port, tls, maxBodyBytes, t);
    }
}

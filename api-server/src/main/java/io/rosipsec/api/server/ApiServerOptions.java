package io.rosipsec.api.server;

import java.net.InetAddress;
import java.time.Duration;

/**
 * Where and how an {@link ApiServer} listens: the {@code api} service (plain TCP, default port 8728) or {@code
 * api-ssl} (TLS, 8729), as in {@code /ip service} (routeros-api.md §1.1).
 *
 * @param bindAddress local address to bind (loopback in tests and labs)
 * @param port TCP port; 0 picks a free one, see {@link ApiServer#port()}
 * @param tls serve TLS with a self-signed certificate ({@code api-ssl})
 * @param loginTimeout connections that have not logged in by then are closed; zero disables
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/103841820/Services">RouterOS /ip service</a>
 */
public record ApiServerOptions(InetAddress bindAddress, int port, boolean tls, Duration loginTimeout) {
    /** The {@code api} service port. */
    public static final int API_PORT = 8728;
    /** The {@code api-ssl} service port. */
    public static final int API_SSL_PORT = 8729;
    /** Default pre-login timeout. */
    public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(60);

    public ApiServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** Plain {@code api} on {@code bindAddress:port}. */
    public static ApiServerOptions plain(InetAddress bindAddress, int port) {
        return new ApiServerOptions(bindAddress, port, false, DEFAULT_LOGIN_TIMEOUT);
    }

    /** {@code api-ssl} on {@code bindAddress:port}. */
    public static ApiServerOptions tls(InetAddress bindAddress, int port) {
        return new ApiServerOptions(bindAddress, port, true, DEFAULT_LOGIN_TIMEOUT);
    }

    public ApiServerOptions withLoginTimeout(Duration timeout) {
        return new ApiServerOptions(bindAddress, port, tls, timeout);
    }
}

package io.rosipsec.ipsec;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code /ip ipsec peer} item as the engine needs it: whom to talk to, from where, and how.
 *
 * @param name the peer's {@code name}
 * @param address the remote {@code address} (a host prefix for an initiating peer; {@code
 *     0.0.0.0/0} accepts anyone as a passive responder)
 * @param port the remote IKE {@code port} (500)
 * @param localAddress {@code local-address}, or {@code null} for "any"
 * @param passive {@code passive=yes}: never initiate, only respond
 * @param exchangeMode {@code exchange-mode}
 * @param sendInitialContact {@code send-initial-contact} (RFC 7296 §2.4 INITIAL_CONTACT)
 * @param profile the {@code profile} name
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Peers</a>
 */
public record PeerConfig(
        String name,
        IpPrefix address,
        int port,
        InetAddress localAddress,
        boolean passive,
        ExchangeMode exchangeMode,
        boolean sendInitialContact,
        String profile) {

    /** RouterOS {@code exchange-mode} values. */
    public enum ExchangeMode {
        MAIN("main"),
        AGGRESSIVE("aggressive"),
        IKE2("ike2");

        private final String routerOsName;

        ExchangeMode(String routerOsName) {
            this.routerOsName = routerOsName;
        }

        public String routerOsName() {
            return routerOsName;
        }

        /** Parses a RouterOS spelling ({@code main}, {@code aggressive}, {@code ike2}). */
        public static ExchangeMode parse(String text) {
            for (ExchangeMode m : values()) {
                if (m.routerOsName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown exchange-mode " + text);
        }
    }

    public PeerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(exchangeMode, "exchangeMode");
        if (port < 1 || port > 0xffff) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        profile = profile == null ? "default" : profile;
    }

    /** An IKEv2 peer with RouterOS defaults (port 500, not passive, send-initial-contact=yes). */
    public static PeerConfig ike2(String name, IpPrefix address, InetAddress localAddress) {
        return new PeerConfig(name, address, 500, localAddress, false, ExchangeMode.IKE2, true,
                "default");
    }

    /** The same peer with {@code passive} set. */
    public PeerConfig withPassive(boolean on) {
        return new PeerConfig(name, address, port, localAddress, on, exchangeMode,
                sendInitialContact, profile);
    }

    /** The same peer with another {@code profile}. */
    public PeerConfig withProfile(String profileName) {
        return new PeerConfig(name, address, port, localAddress, passive, exchangeMode,
                sendInitialContact, profileName);
    }
}

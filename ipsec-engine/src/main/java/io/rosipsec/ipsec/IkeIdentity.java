package io.rosipsec.ipsec;

import java.util.Locale;
import java.util.Objects;

/**
 * An identity as RouterOS writes {@code /ip ipsec identity my-id} and {@code remote-id}: {@code
 * auto}, {@code address:192.0.2.1}, {@code fqdn:a.test}, {@code user-fqdn:me@a.test}, {@code
 * key-id:...}, and for {@code remote-id} also {@code ignore}. {@code auto} means the local
 * address as an ID_IPV4_ADDR/ID_IPV6_ADDR for {@code my-id}, and "accept what the peer sends" for
 * {@code remote-id}.
 *
 * @param kind the prefix before the colon
 * @param value the text after the colon (empty for {@code auto} and {@code ignore})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.5">RFC 7296 §3.5</a>
 */
public record IkeIdentity(Kind kind, String value) {
    /** The identity forms RouterOS offers. */
    public enum Kind {
        AUTO("auto"),
        IGNORE("ignore"),
        ADDRESS("address"),
        FQDN("fqdn"),
        USER_FQDN("user-fqdn"),
        KEY_ID("key-id");

        private final String routerOsName;

        Kind(String routerOsName) {
            this.routerOsName = routerOsName;
        }

        public String routerOsName() {
            return routerOsName;
        }
    }

    public static final IkeIdentity AUTO = new IkeIdentity(Kind.AUTO, "");

    public IkeIdentity {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        if ((kind == Kind.AUTO || kind == Kind.IGNORE) != value.isEmpty()) {
            throw new IllegalArgumentException(kind.routerOsName + " identity with value '" + value + "'");
        }
    }

    /** Parses the RouterOS spelling. */
    public static IkeIdentity parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String prefix = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : t.substring(colon + 1);
        for (Kind k : Kind.values()) {
            if (k.routerOsName.equals(prefix)) {
                return new IkeIdentity(k, rest);
            }
        }
        throw new IllegalArgumentException("unknown identity " + text);
    }

    @Override
    public String toString() {
        return value.isEmpty() ? kind.routerOsName : kind.routerOsName + ":" + value;
    }
}

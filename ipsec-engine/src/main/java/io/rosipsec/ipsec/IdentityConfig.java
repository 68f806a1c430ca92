package io.rosipsec.ipsec;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code /ip ipsec identity} item: how this router authenticates to a peer and what it
 * expects back. Only {@code auth-method=pre-shared-key} is implemented by the IKEv2 tasks so far.
 *
 * @param peer the {@code peer} name this identity belongs to
 * @param authMethod {@code auth-method}
 * @param secret {@code secret}; RouterOS reads a {@code 0x}-prefixed value as hex bytes
 * @param myId {@code my-id} (default {@code auto})
 * @param remoteId {@code remote-id} (default {@code auto})
 * @param matchBy {@code match-by} (default {@code remote-id})
 * @param generatePolicy {@code generate-policy} (default {@code no})
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Identities</a>
 */
public record IdentityConfig(
        String peer,
        AuthMethod authMethod,
        String secret,
        IkeIdentity myId,
        IkeIdentity remoteId,
        MatchBy matchBy,
        GeneratePolicy generatePolicy) {

    /** RouterOS {@code auth-method} values. */
    public enum AuthMethod {
        PRE_SHARED_KEY,
        PRE_SHARED_KEY_XAUTH,
        RSA_SIGNATURE,
        RSA_KEY,
        DIGITAL_SIGNATURE,
        EAP,
        EAP_RADIUS;

        public String routerOsName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static AuthMethod parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** RouterOS {@code match-by}. */
    public enum MatchBy {
        REMOTE_ID,
        CERTIFICATE
    }

    /** RouterOS {@code generate-policy}. */
    public enum GeneratePolicy {
        NO,
        PORT_OVERRIDE,
        PORT_STRICT
    }

    public IdentityConfig {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(authMethod, "authMethod");
        secret = secret == null ? "" : secret;
        myId = myId == null ? IkeIdentity.AUTO : myId;
        remoteId = remoteId == null ? IkeIdentity.AUTO : remoteId;
        matchBy = matchBy == null ? MatchBy.REMOTE_ID : matchBy;
        generatePolicy = generatePolicy == null ? GeneratePolicy.NO : generatePolicy;
        if (myId.kind() == IkeIdentity.Kind.IGNORE) {
            throw new IllegalArgumentException("my-id cannot be ignore");
        }
        secretBytes(secret);
    }

    /** A pre-shared-key identity with the given IDs. */
    public static IdentityConfig psk(String peer, String secret, String myId, String remoteId) {
        return new IdentityConfig(peer, AuthMethod.PRE_SHARED_KEY, secret, IkeIdentity.parse(myId),
                IkeIdentity.parse(remoteId), MatchBy.REMOTE_ID, GeneratePolicy.NO);
    }

    /** The shared secret as bytes: {@code 0x...} as hex, otherwise the UTF-8 text. */
    public byte[] secretBytes() {
        return secretBytes(secret);
    }

    private static byte[] secretBytes(String secret) {
        if (secret.startsWith("0x") || secret.startsWith("0X")) {
            try {
                return HexFormat.of().parseHex(secret.substring(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("secret: bad hex after 0x", e);
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "IdentityConfig[peer=" + peer + ", " + authMethod.routerOsName() + ", my-id=" + myId
                + ", remote-id=" + remoteId + "]";
    }
}

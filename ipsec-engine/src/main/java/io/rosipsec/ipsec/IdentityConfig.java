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
 * @param policyTemplateGroup {@code policy-template-group} (default {@code default}): the templates a responder
 *     looks at when {@code generate-policy} is not {@code no}
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Identities</a>
 */
public record IdentityConfig(
        String peer,
        AuthMethod authMethod,
        String secret,
        IkeIdentity myId,
        IkeIdentity remoteId,
        MatchBy matchBy,
        GeneratePolicy generatePolicy,
        String policyTemplateGroup) {

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

    /**
     * RouterOS {@code generate-policy}: {@code no}; {@code port-override} (the initiator's ports are not checked and
     * the generated policy uses any port, the manual's "force policy to use any port"); {@code port-strict} (the
     * proposed ports must lie within the template's and the generated policy keeps them).
     */
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
        policyTemplateGroup = policyTemplateGroup == null ? "default" : policyTemplateGroup;
        if (myId.kind() == IkeIdentity.Kind.IGNORE) {
            throw new IllegalArgumentException("my-id cannot be ignore");
        }
        secretBytes(secret);
    }

    /** An identity with {@code policy-template-group=default}. */
    public IdentityConfig(String peer, AuthMethod authMethod, String secret, IkeIdentity myId, IkeIdentity remoteId,
            MatchBy matchBy, GeneratePolicy generatePolicy) {
        this(peer, authMethod, secret, myId, remoteId, matchBy, generatePolicy, "default");
    }

    /** The same identity with {@code generate-policy} and {@code policy-template-group} set. */
    public IdentityConfig withGeneratePolicy(GeneratePolicy mode, String templateGroup) {
        return new IdentityConfig(peer, authMethod, secret, myId, remoteId, matchBy, mode, templateGroup);
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
                + ", remote-id=" + remoteId + ", generate-policy=" + generatePolicy + "]";
    }
}

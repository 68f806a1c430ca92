package io.rosipsec.ipsec.crypto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the algorithm names RouterOS accepts in its IPsec menus to registry values:
 *
 * <ul>
 *   <li>{@code /ip ipsec proposal enc-algorithms}: {@code aes-128-cbc ... aes-256-gcm}, {@code
 *       camellia-128/192/256}, {@code 3des}, {@code des}, {@code blowfish}, {@code twofish},
 *       {@code chacha20poly1305}, {@code null};
 *   <li>{@code /ip ipsec profile enc-algorithm}: {@code aes-128/192/256}, {@code 3des}, {@code
 *       des}, and (RouterOS 6) {@code blowfish}, {@code camellia-128/192/256};
 *   <li>{@code proposal auth-algorithms} / {@code profile hash-algorithm}: {@code md5}, {@code
 *       sha1}, {@code sha256}, {@code sha384} (profile), {@code sha512}, {@code null} (proposal).
 * </ul>
 *
 * RouterOS's {@code aes-*-gcm} is taken as the 16-byte ICV (ID 20); {@code blowfish} and {@code
 * twofish} carry no size and default to 128 bits, as in strongSwan's keywords. Names are from the
 * RouterOS 7.12.2–7.22.2 {@code /console/inspect} trees.
 */
public final class RouterOsAlgorithms {
    private static final Map<String, EncrSpec> PROPOSAL_ENC = new LinkedHashMap<>();
    private static final Map<String, EncrSpec> PROFILE_ENC = new LinkedHashMap<>();

    static {
        for (int bits : new int[] {128, 192, 256}) {
            PROPOSAL_ENC.put("aes-" + bits + "-cbc", new EncrSpec(EncrAlg.AES_CBC, bits));
            PROPOSAL_ENC.put("aes-" + bits + "-ctr", new EncrSpec(EncrAlg.AES_CTR, bits));
            PROPOSAL_ENC.put("aes-" + bits + "-gcm", new EncrSpec(EncrAlg.AES_GCM_16, bits));
        }
        for (int bits : new int[] {128, 192, 256}) {
            PROPOSAL_ENC.put("camellia-" + bits, new EncrSpec(EncrAlg.CAMELLIA_CBC, bits));
        }
        PROPOSAL_ENC.put("3des", new EncrSpec(EncrAlg.TRIPLE_DES, 192));
        PROPOSAL_ENC.put("des", new EncrSpec(EncrAlg.DES, 64));
        PROPOSAL_ENC.put("blowfish", new EncrSpec(EncrAlg.BLOWFISH, 128));
        PROPOSAL_ENC.put("twofish", new EncrSpec(EncrAlg.TWOFISH_CBC, 128));
        PROPOSAL_ENC.put("chacha20poly1305", new EncrSpec(EncrAlg.CHACHA20_POLY1305, 256));
        PROPOSAL_ENC.put("null", new EncrSpec(EncrAlg.NULL, 0));

        for (int bits : new int[] {128, 192, 256}) {
            PROFILE_ENC.put("aes-" + bits, new EncrSpec(EncrAlg.AES_CBC, bits));
        }
        PROFILE_ENC.put("3des", new EncrSpec(EncrAlg.TRIPLE_DES, 192));
        PROFILE_ENC.put("des", new EncrSpec(EncrAlg.DES, 64));
        PROFILE_ENC.put("blowfish", new EncrSpec(EncrAlg.BLOWFISH, 128));
        for (int bits : new int[] {128, 192, 256}) {
            PROFILE_ENC.put("camellia-" + bits, new EncrSpec(EncrAlg.CAMELLIA_CBC, bits));
        }
    }

    private RouterOsAlgorithms() {}

    /**
     * Resolves every name of a list-valued menu property with {@code lookup}, in order.
     *
     * @param property the RouterOS property name, for the error ({@code enc-algorithms}, {@code dh-group})
     * @throws IllegalArgumentException naming the property and the first name that does not resolve
     */
    public static <T> List<T> resolveAll(List<String> names, Function<String, Optional<T>> lookup, String property) {
        List<T> out = new ArrayList<>();
        for (String n : names) {
            out.add(lookup.apply(n).orElseThrow(() -> new IllegalArgumentException(property + " " + n)));
        }
        return out;
    }

    /** Resolves a {@code proposal enc-algorithms} item. */
    public static Optional<EncrSpec> proposalEncryption(String name) {
        return Optional.ofNullable(PROPOSAL_ENC.get(normalise(name)));
    }

    /** Resolves a {@code profile enc-algorithm} item (IKE SA encryption). */
    public static Optional<EncrSpec> profileEncryption(String name) {
        return Optional.ofNullable(PROFILE_ENC.get(normalise(name)));
    }

    /** Resolves a {@code proposal auth-algorithms} item ({@code null} = {@link IntegAlg#NONE}). */
    public static Optional<IntegAlg> proposalAuth(String name) {
        String n = normalise(name);
        if (n.equals("sha384")) {
            // Not offered in 7.x proposals; profiles only.
            return Optional.empty();
        }
        return IntegAlg.fromRouterOsName(n);
    }

    /** Resolves a {@code profile hash-algorithm} item to the IKE integrity transform. */
    public static Optional<IntegAlg> profileHashIntegrity(String name) {
        String n = normalise(name);
        if (n.equals("null")) {
            return Optional.empty();
        }
        return IntegAlg.fromRouterOsName(n);
    }

    /**
     * Resolves a {@code profile hash-algorithm} item to the PRF it implies (IKEv1, and IKEv2 with
     * {@code prf-algorithm=auto}).
     */
    public static Optional<PrfAlg> profileHashPrf(String name) {
        return PrfAlg.fromRouterOsName(normalise(name));
    }

    /**
     * Resolves a {@code profile prf-algorithm} item; {@code auto} follows {@code hashAlgorithm}.
     */
    public static Optional<PrfAlg> profilePrf(String prfAlgorithm, String hashAlgorithm) {
        String n = normalise(prfAlgorithm);
        return n.equals("auto") ? profileHashPrf(hashAlgorithm) : PrfAlg.fromRouterOsName(n);
    }

    /** Resolves a {@code profile dh-group} / {@code proposal pfs-group} item. */
    public static Optional<DhGroup> dhGroup(String name) {
        return DhGroup.fromRouterOsName(normalise(name));
    }

    /** The proposal name of an encryption spec ({@code aes-256-cbc}), if RouterOS has one. */
    public static Optional<String> proposalName(EncrSpec spec) {
        for (Map.Entry<String, EncrSpec> e : PROPOSAL_ENC.entrySet()) {
            if (e.getValue().equals(spec)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** All proposal encryption names, in a stable order (AES by size, then the rest). */
    public static List<String> proposalEncryptionNames() {
        return Collections.unmodifiableList(List.copyOf(PROPOSAL_ENC.keySet()));
    }

    /** All profile encryption names. */
    public static List<String> profileEncryptionNames() {
        return Collections.unmodifiableList(List.copyOf(PROFILE_ENC.keySet()));
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}

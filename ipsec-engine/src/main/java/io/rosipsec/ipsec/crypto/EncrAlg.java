package io.rosipsec.ipsec.crypto;

import java.util.Locale;
import java.util.Optional;

/**
 * Encryption transforms (IKEv2 transform type 1) with their IKEv1 values and RouterOS names.
 *
 * <p>{@link #routerOsName()} is the algorithm family as RouterOS prints it in {@code /ip ipsec
 * installed-sa} ({@code aes-cbc}, {@code aes-gcm}, {@code camellia}, ...); proposal and profile
 * names that also carry the key size ({@code aes-256-cbc}, {@code aes-128}) are resolved by {@link
 * RouterOsAlgorithms}. Key sizes are in bits and exclude the salt/nonce that GCM, CTR and
 * ChaCha20-Poly1305 take from KEYMAT after the key (RFC 4106 §8.1, RFC 3686 §5.1, RFC 7634 §2).
 *
 * <p>Twofish has no IANA number: the values used are strongSwan's private ones (IKEv2 1027, IKEv1
 * phase 1 65005, IKEv1 ESP 253), see {@link #isPrivateUse()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.3.2">RFC 7296 §3.3.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#appendix-A">RFC 2409 App. A</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.4.4">RFC 2407 §4.4.4</a>
 */
public enum EncrAlg {
    /** DES-CBC (RFC 2405). */
    DES(2, 1, 2, "des", Mode.CBC, 8, 8, 0, 0, new int[] {64}, false),
    /** 3DES-CBC (RFC 2451). */
    TRIPLE_DES(3, 5, 3, "3des", Mode.CBC, 8, 8, 0, 0, new int[] {192}, false),
    /** Blowfish-CBC (RFC 2451); variable key, 128 bits by default. */
    BLOWFISH(7, 3, 7, "blowfish", Mode.CBC, 8, 8, 0, 0, new int[] {128, 192, 256}, true),
    /** ENCR_NULL (RFC 2410): ESP only. */
    NULL(11, -1, 11, "null", Mode.NULL, 1, 0, 0, 0, new int[] {0}, false),
    /** AES-CBC (RFC 3602). */
    AES_CBC(12, 7, 12, "aes-cbc", Mode.CBC, 16, 16, 0, 0, new int[] {128, 192, 256}, true),
    /** AES-CTR (RFC 3686): 4-byte nonce after the key in KEYMAT. */
    AES_CTR(13, -1, 13, "aes-ctr", Mode.CTR, 1, 8, 4, 0, new int[] {128, 192, 256}, true),
    /** AES-GCM with an 8-byte ICV (RFC 4106). */
    AES_GCM_8(18, -1, 18, "aes-gcm", Mode.AEAD, 1, 8, 4, 8, new int[] {128, 192, 256}, true),
    /** AES-GCM with a 12-byte ICV (RFC 4106). */
    AES_GCM_12(19, -1, 19, "aes-gcm", Mode.AEAD, 1, 8, 4, 12, new int[] {128, 192, 256},
            true),
    /** AES-GCM with a 16-byte ICV (RFC 4106); what RouterOS's {@code aes-*-gcm} is taken to mean. */
    AES_GCM_16(20, -1, 20, "aes-gcm", Mode.AEAD, 1, 8, 4, 16, new int[] {128, 192, 256},
            true),
    /** Camellia-CBC (RFC 5529 for IKEv2/ESP, RFC 4312 for IKEv1). */
    CAMELLIA_CBC(23, 8, 22, "camellia", Mode.CBC, 16, 16, 0, 0, new int[] {128, 192, 256}, true),
    /** ChaCha20-Poly1305 (RFC 7634): 4-byte salt after the 256-bit key. */
    CHACHA20_POLY1305(28, -1, -1, "chacha20poly1305", Mode.AEAD, 1, 8, 4, 16,
            new int[] {256}, false),
    /** Twofish-CBC: private-use numbers as strongSwan assigns them. */
    TWOFISH_CBC(1027, 65005, 253, "twofish", Mode.CBC, 16, 16, 0, 0, new int[] {128, 192, 256}, true);

    /** How the transform processes data, which decides the primitive that implements it. */
    public enum Mode {
        /** Block cipher in CBC mode: {@link CipherPrimitive}. */
        CBC,
        /** Block cipher in counter mode: {@link CipherPrimitive}, counter block built by the caller. */
        CTR,
        /** Combined-mode cipher: {@link AeadPrimitive}. */
        AEAD,
        /** No encryption: {@link CipherPrimitive} that copies. */
        NULL
    }

    /** Marker for "no value assigned in this registry" (written as -1 in the constants above). */
    public static final int NONE = -1;

    private final int ikev2Id;
    private final int ikev1Phase1Id;
    private final int ikev1EspId;
    private final String routerOsName;
    private final Mode mode;
    private final int blockSize;
    private final int wireIvLength;
    private final int saltLength;
    private final int icvLength;
    private final int[] keySizes;
    private final boolean keyLengthAttribute;

    EncrAlg(int ikev2Id, int ikev1Phase1Id, int ikev1EspId, String routerOsName, Mode mode,
            int blockSize, int wireIvLength, int saltLength, int icvLength, int[] keySizes,
            boolean keyLengthAttribute) {
        this.ikev2Id = ikev2Id;
        this.ikev1Phase1Id = ikev1Phase1Id;
        this.ikev1EspId = ikev1EspId;
        this.routerOsName = routerOsName;
        this.mode = mode;
        this.blockSize = blockSize;
        this.wireIvLength = wireIvLength;
        this.saltLength = saltLength;
        this.icvLength = icvLength;
        this.keySizes = keySizes;
        this.keyLengthAttribute = keyLengthAttribute;
    }

    /** IKEv2 ENCR transform ID (RFC 7296 §3.3.2). */
    public int ikev2Id() {
        return ikev2Id;
    }

    /** IKEv1 phase-1 Encryption Algorithm attribute value (RFC 2409 App. A), or {@link #NONE}. */
    public int ikev1Phase1Id() {
        return ikev1Phase1Id;
    }

    /** IKEv1 IPsec DOI ESP transform ID (RFC 2407 §4.4.4), or {@link #NONE}. */
    public int ikev1EspId() {
        return ikev1EspId;
    }

    /** Algorithm family name as RouterOS prints it in {@code /ip ipsec installed-sa}. */
    public String routerOsName() {
        return routerOsName;
    }

    public Mode mode() {
        return mode;
    }

    public boolean isAead() {
        return mode == Mode.AEAD;
    }

    /** Cipher block size in bytes (1 for stream-like modes); ESP pads to it (RFC 4303 §2.4). */
    public int blockSize() {
        return blockSize;
    }

    /** Length of the explicit IV carried in each ESP packet / SK payload. */
    public int wireIvLength() {
        return wireIvLength;
    }

    /** Salt or nonce bytes taken from KEYMAT after the key (0 for CBC and NULL). */
    public int saltLength() {
        return saltLength;
    }

    /** ICV length of an AEAD transform in bytes (0 otherwise). */
    public int icvLength() {
        return icvLength;
    }

    /** Whether the Key Length attribute must be sent (RFC 7296 §3.3.5). */
    public boolean hasKeyLengthAttribute() {
        return keyLengthAttribute;
    }

    /** Key sizes in bits this transform is defined for; the first is the default. */
    public int[] keySizes() {
        return keySizes.clone();
    }

    public int defaultKeyBits() {
        return keySizes[0];
    }

    public boolean isValidKeyBits(int keyBits) {
        for (int k : keySizes) {
            if (k == keyBits) {
                return true;
            }
        }
        return false;
    }

    /** Bytes of KEYMAT this transform consumes per direction: key plus salt (RFC 7296 §2.17). */
    public int keymatLength(int keyBits) {
        return keyBits / 8 + saltLength;
    }

    /** Whether the IKEv2 ID is in the private-use range (≥ 1024) that peers must opt in to. */
    public boolean isPrivateUse() {
        return ikev2Id >= 1024;
    }

    /** Looks up an IKEv2 ENCR transform ID; unknown IDs give an empty result. */
    public static Optional<EncrAlg> fromWire(int ikev2Id) {
        for (EncrAlg a : values()) {
            if (a.ikev2Id == ikev2Id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Looks up an IKEv1 phase-1 Encryption Algorithm attribute value. */
    public static Optional<EncrAlg> fromIkev1Phase1(int value) {
        for (EncrAlg a : values()) {
            if (a.ikev1Phase1Id != NONE && a.ikev1Phase1Id == value) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up an IKEv1 ESP transform ID. ESP IDs 18/19/20 are the three GCM ICV sizes as in
     * IKEv2.
     */
    public static Optional<EncrAlg> fromIkev1Esp(int value) {
        for (EncrAlg a : values()) {
            if (a.ikev1EspId != NONE && a.ikev1EspId == value) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up a RouterOS family name ({@code installed-sa} form). {@code aes-gcm} resolves to the
     * 16-byte ICV variant.
     */
    public static Optional<EncrAlg> fromRouterOsName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("aes-gcm")) {
            return Optional.of(AES_GCM_16);
        }
        for (EncrAlg a : values()) {
            if (a.routerOsName.equals(n)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

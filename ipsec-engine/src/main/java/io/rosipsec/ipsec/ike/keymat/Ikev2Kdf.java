package io.rosipsec.ipsec.ike.keymat;

import io.rosipsec.ipsec.crypto.Octets;
import io.rosipsec.ipsec.crypto.PrfPlus;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * IKEv2 key derivation over any {@link PrfPrimitive} (so over either crypto back end):
 *
 * <pre>
 * SKEYSEED = prf(Ni | Nr, g^ir)                                        (§2.14)
 * {SK_d | SK_ai | SK_ar | SK_ei | SK_er | SK_pi | SK_pr}
 *          = prf+ (SKEYSEED, Ni | Nr | SPIi | SPIr)
 * KEYMAT   = prf+(SK_d, [g^ir (CHILD_SA) |] Ni | Nr)                   (§2.17)
 * SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr)                     (§2.18, IKE SA rekey)
 * AUTH     = prf( prf(Shared Secret, "Key Pad for IKEv2"), <SignedOctets>)    (§2.15)
 * SignedOctets = RealMessage | NonceOfPeer | prf(SK_px, RestOfIDPayload)
 * </pre>
 *
 * Checked against a live strongSwan 5.9.8 exchange (project spec §3.7, test resource
 * {@code ikev2-kdf-vectors.txt}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.14">RFC 7296 §2.14</a>
 */
public final class Ikev2Kdf {
    /** The 17 ASCII octets of the key pad, without a terminating NUL (RFC 7296 §2.15). */
    private static final byte[] KEY_PAD = "Key Pad for IKEv2".getBytes(StandardCharsets.US_ASCII);

    private Ikev2Kdf() {}

    /** SKEYSEED = prf(Ni | Nr, g^ir). */
    public static byte[] skeyseed(PrfPrimitive prf, byte[] ni, byte[] nr, byte[] sharedSecret) {
        return prf.compute(Octets.concat(ni, nr), sharedSecret);
    }

    /** SKEYSEED of a rekeyed IKE SA = prf(SK_d(old), g^ir(new) | Ni | Nr). */
    public static byte[] rekeySkeyseed(PrfPrimitive prf, byte[] oldSkD, byte[] sharedSecret,
            byte[] ni, byte[] nr) {
        return prf.compute(oldSkD, Octets.concat(sharedSecret, ni, nr));
    }

    /**
     * The seven IKE SA keys.
     *
     * @param integKeyLength SK_a* length (0 with AEAD)
     * @param encKeymatLength SK_e* length: key plus salt
     */
    public static IkeSaKeys ikeSaKeys(PrfPrimitive prf, byte[] skeyseed, byte[] ni, byte[] nr,
            long spiI, long spiR, int integKeyLength, int encKeymatLength) {
        byte[] seed = ByteBuffer.allocate(ni.length + nr.length + 16)
                .put(ni).put(nr).putLong(spiI).putLong(spiR).array();
        int p = prf.outputLength();
        int total = 3 * p + 2 * integKeyLength + 2 * encKeymatLength;
        byte[] km = PrfPlus.expand(prf, skeyseed, seed, total);
        try {
            int[] off = {0};
            byte[] skD = take(km, off, p);
            byte[] skAi = take(km, off, integKeyLength);
            byte[] skAr = take(km, off, integKeyLength);
            byte[] skEi = take(km, off, encKeymatLength);
            byte[] skEr = take(km, off, encKeymatLength);
            byte[] skPi = take(km, off, p);
            byte[] skPr = take(km, off, p);
            return new IkeSaKeys(skD, skAi, skAr, skEi, skEr, skPi, skPr);
        } finally {
            Arrays.fill(km, (byte) 0);
        }
    }

    /**
     * Child SA KEYMAT split into its four slices.
     *
     * @param sharedSecret g^ir of a CREATE_CHILD_SA with PFS, or {@code null}
     * @param encKeymatLength encryption key plus salt, per direction
     * @param integKeyLength integrity key per direction (0 with AEAD)
     */
    public static ChildKeys childKeys(PrfPrimitive prf, byte[] skD, byte[] sharedSecret,
            byte[] ni, byte[] nr, int encKeymatLength, int integKeyLength) {
        byte[] seed = sharedSecret == null ? Octets.concat(ni, nr)
                : Octets.concat(sharedSecret, ni, nr);
        byte[] km = PrfPlus.expand(prf, skD, seed, 2 * (encKeymatLength + integKeyLength));
        try {
            int[] off = {0};
            byte[] encIr = take(km, off, encKeymatLength);
            byte[] integIr = take(km, off, integKeyLength);
            byte[] encRi = take(km, off, encKeymatLength);
            byte[] integRi = take(km, off, integKeyLength);
            return new ChildKeys(encIr, integIr, encRi, integRi);
        } finally {
            Arrays.fill(km, (byte) 0);
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** prf(Shared Secret, "Key Pad for IKEv2"). */
    public static byte[] paddedSecret(PrfPrimitive prf, byte[] sharedSecret) {
        return prf.compute(sharedSecret, KEY_PAD);
    }

    /**
     * The octets an AUTH payload signs: the sender's first message (IKE_SA_INIT as sent), the
     * peer's nonce, and prf(SK_px, ID payload body) with the sender's own SK_p.
     */
    public static byte[] signedOctets(PrfPrimitive prf, byte[] firstMessage, byte[] peerNonce,
            byte[] skP, byte[] idBody) {
        return Octets.concat(firstMessage, peerNonce, prf.compute(skP, idBody));
    }

    /** AUTH data for Shared Key Message Integrity Code (auth method 2). */
    public static byte[] pskAuth(PrfPrimitive prf, byte[] sharedSecret, byte[] signedOctets) {
        byte[] key = paddedSecret(prf, sharedSecret);
        try {
            return prf.compute(key, signedOctets);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] take(byte[] km, int[] off, int length) {
        byte[] out = Arrays.copyOfRange(km, off[0], off[0] + length);
        off[0] += length;
        return out;
    }
}

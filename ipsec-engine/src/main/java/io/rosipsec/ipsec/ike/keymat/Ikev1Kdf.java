package io.rosipsec.ipsec.ike.keymat;

import io.rosipsec.ipsec.crypto.Octets;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * IKEv1 key derivation over any {@link PrfPrimitive} (the HMAC of the negotiated phase-1 hash), as written in the
 * project spec §2.4 and checked there against a strongSwan 5.9.8 exchange:
 *
 * <pre>
 * SKEYID (PSK) = prf(pre-shared-key, Ni_b | Nr_b)                               (RFC 2409 §5)
 * SKEYID_d     = prf(SKEYID, g^xy | CKY-I | CKY-R | 0)
 * SKEYID_a     = prf(SKEYID, SKEYID_d | g^xy | CKY-I | CKY-R | 1)
 * SKEYID_e     = prf(SKEYID, SKEYID_a | g^xy | CKY-I | CKY-R | 2)
 * Ka           = SKEYID_e, or K1 | K2 | ... with K1 = prf(SKEYID_e, 0), Kn = prf(SKEYID_e, Kn-1)  (App. B)
 * HASH_I       = prf(SKEYID, g^xi | g^xr | CKY-I | CKY-R | SAi_b | IDii_b)
 * HASH_R       = prf(SKEYID, g^xr | g^xi | CKY-R | CKY-I | SAi_b | IDir_b)
 * HASH(1)      = prf(SKEYID_a, M-ID | SA | Ni [| KE] [| IDci | IDcr])          (§5.5; also Informational §5.7)
 * HASH(2)      = prf(SKEYID_a, M-ID | Ni_b | SA | Nr [| KE] [| IDci | IDcr])
 * HASH(3)      = prf(SKEYID_a, 0 | M-ID | Ni_b | Nr_b)
 * KEYMAT       = K1 | K2 | ..., K1 = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b),
 *                Kn = prf(SKEYID_d, Kn-1 | [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b)
 * </pre>
 *
 * "SA | Ni ..." is the raw bytes of every payload after HASH, generic headers included.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#section-5">RFC 2409 §5</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#appendix-B">RFC 2409 App. B</a>
 */
public final class Ikev1Kdf {
    private Ikev1Kdf() {}

    /** SKEYID for pre-shared key authentication. */
    public static byte[] skeyidPsk(PrfPrimitive prf, byte[] psk, byte[] ni, byte[] nr) {
        return prf.compute(psk, Octets.concat(ni, nr));
    }

    /** SKEYID_d, SKEYID_a and SKEYID_e from SKEYID and g^xy. */
    public static IsakmpKeys keys(PrfPrimitive prf, byte[] skeyid, byte[] gxy, long ckyI, long ckyR) {
        byte[] cookies = ByteBuffer.allocate(16).putLong(ckyI).putLong(ckyR).array();
        byte[] d = prf.compute(skeyid, Octets.concat(gxy, cookies, new byte[] {0}));
        byte[] a = prf.compute(skeyid, Octets.concat(d, gxy, cookies, new byte[] {1}));
        byte[] e = prf.compute(skeyid, Octets.concat(a, gxy, cookies, new byte[] {2}));
        return new IsakmpKeys(skeyid.clone(), d, a, e);
    }

    /**
     * The phase-1 encryption key Ka: the first {@code length} bytes of SKEYID_e, expanded per RFC 2409 App. B when
     * SKEYID_e is too short.
     */
    public static byte[] encryptionKey(PrfPrimitive prf, byte[] skeyidE, int length) {
        if (skeyidE.length >= length) {
            return Arrays.copyOf(skeyidE, length);
        }
        byte[] out = new byte[length];
        byte[] k = prf.compute(skeyidE, new byte[] {0});
        int produced = 0;
        while (true) {
            int take = Math.min(k.length, length - produced);
            System.arraycopy(k, 0, out, produced, take);
            produced += take;
            if (produced == length) {
                break;
            }
            k = prf.compute(skeyidE, k);
        }
        Arrays.fill(k, (byte) 0);
        return out;
    }

    /** HASH_I = prf(SKEYID, g^xi | g^xr | CKY-I | CKY-R | SAi_b | IDii_b). */
    public static byte[] hashI(PrfPrimitive prf, byte[] skeyid, byte[] gxi, byte[] gxr, long ckyI, long ckyR,
            byte[] saiBody, byte[] idiiBody) {
        byte[] c = ByteBuffer.allocate(16).putLong(ckyI).putLong(ckyR).array();
        return prf.compute(skeyid, Octets.concat(gxi, gxr, c, saiBody, idiiBody));
    }

    /** HASH_R = prf(SKEYID, g^xr | g^xi | CKY-R | CKY-I | SAi_b | IDir_b). */
    public static byte[] hashR(PrfPrimitive prf, byte[] skeyid, byte[] gxi, byte[] gxr, long ckyI, long ckyR,
            byte[] saiBody, byte[] idirBody) {
        byte[] c = ByteBuffer.allocate(16).putLong(ckyR).putLong(ckyI).array();
        return prf.compute(skeyid, Octets.concat(gxr, gxi, c, saiBody, idirBody));
    }

    /** HASH(1) of Quick Mode and the HASH of an Informational exchange: prf(SKEYID_a, M-ID | payloads). */
    public static byte[] hash1(PrfPrimitive prf, byte[] skeyidA, int messageId, byte[] payloads) {
        return prf.compute(skeyidA, Octets.concat(mid(messageId), payloads));
    }

    /** HASH(2) = prf(SKEYID_a, M-ID | Ni_b | payloads). */
    public static byte[] hash2(PrfPrimitive prf, byte[] skeyidA, int messageId, byte[] niBody, byte[] payloads) {
        return prf.compute(skeyidA, Octets.concat(mid(messageId), niBody, payloads));
    }

    /** HASH(3) = prf(SKEYID_a, 0 | M-ID | Ni_b | Nr_b). */
    public static byte[] hash3(PrfPrimitive prf, byte[] skeyidA, int messageId, byte[] niBody, byte[] nrBody) {
        return prf.compute(skeyidA, Octets.concat(new byte[] {0}, mid(messageId), niBody, nrBody));
    }

    /**
     * Quick Mode KEYMAT for one direction (the SPI is the receiver's).
     *
     * @param gqm g(qm)^xy with PFS, or {@code null}
     * @param protocol the Proposal payload's protocol (3 for ESP)
     */
    public static byte[] keymat(PrfPrimitive prf, byte[] skeyidD, byte[] gqm, int protocol, int spi, byte[] ni,
            byte[] nr, int length) {
        byte[] tail = Octets.concat(gqm == null ? new byte[0] : gqm, new byte[] {(byte) protocol},
                ByteBuffer.allocate(4).putInt(spi).array(), ni, nr);
        byte[] out = new byte[length];
        byte[] k = new byte[0];
        int produced = 0;
        while (produced < length) {
            k = prf.compute(skeyidD, Octets.concat(k, tail));
            int take = Math.min(k.length, length - produced);
            System.arraycopy(k, 0, out, produced, take);
            produced += take;
        }
        Arrays.fill(k, (byte) 0);
        Arrays.fill(tail, (byte) 0);
        return out;
    }

    private static byte[] mid(int messageId) {
        return ByteBuffer.allocate(4).putInt(messageId).array();
    }
}

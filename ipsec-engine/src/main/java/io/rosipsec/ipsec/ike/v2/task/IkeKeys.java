package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.crypto.PrfPrimitive;
import io.rosipsec.ipsec.ike.keymat.IkeSaKeys;
import io.rosipsec.ipsec.ike.keymat.Ikev2Kdf;
import io.rosipsec.ipsec.ike.keymat.SkCipher;
import io.rosipsec.ipsec.ike.sa.IkeAlgorithms;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.sa.IkeSaRecord;
import java.util.Arrays;

/**
 * Derives and installs the keys of a new IKE SA after IKE_SA_INIT (RFC 7296 §2.14) or after an
 * IKE SA rekey (§2.18): SKEYSEED, the seven keys, and the SK ciphers in the right direction for
 * our role.
 */
final class IkeKeys {
    private IkeKeys() {}

    static void install(EngineContext ctx, IkeSa sa, IkeAlgorithms a, byte[] sharedSecret) {
        PrfPrimitive prf = ctx.suite().prf(a.prf());
        byte[] skeyseed = Ikev2Kdf.skeyseed(prf, sa.ni(), sa.nr(), sharedSecret);
        Arrays.fill(sharedSecret, (byte) 0);
        installFromSkeyseed(ctx, sa, a, skeyseed);
    }

    /**
     * Installs the keys of an IKE SA created by a rekey (RFC 7296 §2.18): SKEYSEED =
     * prf(SK_d (old), g^ir (new) | Ni | Nr) with the old SA's PRF (as strongSwan), then prf+
     * with the new SA's PRF, nonces and SPIs.
     */
    static void installRekeyed(EngineContext ctx, IkeSa old, IkeSa successor, IkeAlgorithms a,
            byte[] sharedSecret) {
        PrfPrimitive oldPrf = ctx.suite().prf(old.algorithms().orElseThrow().prf());
        byte[] skD = old.record().orElseThrow().skD();
        byte[] skeyseed = Ikev2Kdf.rekeySkeyseed(oldPrf, skD, sharedSecret, successor.ni(),
                successor.nr());
        Arrays.fill(skD, (byte) 0);
        Arrays.fill(sharedSecret, (byte) 0);
        installFromSkeyseed(ctx, successor, a, skeyseed);
    }

    private static void installFromSkeyseed(EngineContext ctx, IkeSa sa, IkeAlgorithms a,
            byte[] skeyseed) {
        PrfPrimitive prf = ctx.suite().prf(a.prf());
        byte[] ni = sa.ni();
        byte[] nr = sa.nr();
        int encLen = a.enc().alg().keymatLength(a.enc().keyBits());
        IkeSaKeys keys = Ikev2Kdf.ikeSaKeys(prf, skeyseed, ni, nr, sa.spiI(), sa.spiR(),
                a.integ().keyLength(), encLen);
        Arrays.fill(skeyseed, (byte) 0);
        SkCipher i2r = new SkCipher(ctx.suite(), a.enc().alg(), a.enc().keyBits(), keys.skEi(),
                a.integ(), keys.skAi(), ctx.random());
        SkCipher r2i = new SkCipher(ctx.suite(), a.enc().alg(), a.enc().keyBits(), keys.skEr(),
                a.integ(), keys.skAr(), ctx.random());
        IkeSaRecord record = new IkeSaRecord(sa.spiI(), sa.spiR(), ni, nr, keys, ctx.nowMillis(),
                sa.config().profile().lifetime());
        sa.setAlgorithms(a);
        if (sa.isInitiator()) {
            sa.install(record, i2r, r2i);
        } else {
            sa.install(record, r2i, i2r);
        }
    }
}

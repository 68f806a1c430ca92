package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.HashAlg;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.BlowfishEngine;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.TwofishEngine;

/** Bouncy Castle lightweight engines and digests for the registry values. */
final class BcEngines {
    private BcEngines() {}

    /** A fresh block cipher engine for a CBC, CTR or GCM transform. */
    static BlockCipher blockCipher(EncrAlg alg) {
        switch (alg) {
            case DES:
                return new DESEngine();
            case TRIPLE_DES:
                return new DESedeEngine();
            case BLOWFISH:
                return new BlowfishEngine();
            case CAMELLIA_CBC:
                return new CamelliaEngine();
            case TWOFISH_CBC:
                return new TwofishEngine();
            case AES_CBC:
            case AES_CTR:
            case AES_GCM_8:
            case AES_GCM_12:
            case AES_GCM_16:
                // The factory, not the deprecated constructor: it lets a native jar substitute.
                return AESEngine.newInstance();
            default:
                throw new IllegalArgumentException(alg + " has no block cipher");
        }
    }

    static Digest digest(HashAlg hash) {
        switch (hash) {
            case MD5:
                return new MD5Digest();
            case SHA1:
                return new SHA1Digest();
            case SHA256:
                return new SHA256Digest();
            case SHA384:
                return new SHA384Digest();
            default:
                return new SHA512Digest();
        }
    }
}

package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.HashAlg;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;

/**
 * One reusable JCA {@link Mac} with a scratch buffer for truncation; the shared core of {@link
 * JcaMacPrimitive} and {@link JcaPrfPrimitive}.
 */
final class JcaHmac {
    private final Mac mac;
    private final byte[] full;

    JcaHmac(HashAlg hash) {
        this.mac = JcaNames.newMac(JcaNames.hmac(hash));
        this.full = new byte[hash.outputLength()];
    }

    void setKey(byte[] key) {
        try {
            mac.init(new RawKey(key, mac.getAlgorithm()));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("HMAC key rejected", e);
        }
    }

    void update(byte[] in, int offset, int length) {
        mac.update(in, offset, length);
    }

    int doFinal(byte[] out, int outOffset, int length) {
        try {
            mac.doFinal(full, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        System.arraycopy(full, 0, out, outOffset, length);
        return length;
    }

    /**
     * A raw HMAC key. Unlike {@code SecretKeySpec} it accepts the empty key, which HMAC defines
     * (RFC 2104 §2: the key is zero-padded to the block size).
     */
    private static final class RawKey implements SecretKey {
        private static final long serialVersionUID = 1L;
        private final byte[] key;
        private final String algorithm;

        RawKey(byte[] key, String algorithm) {
            this.key = key.clone();
            this.algorithm = algorithm;
        }

        @Override
        public String getAlgorithm() {
            return algorithm;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return key.clone();
        }
    }
}

package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterOsAlgorithmsTest {
    @Test
    void proposalEncryptionNames() {
        assertEquals(Optional.of(new EncrSpec(EncrAlg.AES_CBC, 256)),
                RouterOsAlgorithms.proposalEncryption("aes-256-cbc"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.AES_GCM_16, 128)),
                RouterOsAlgorithms.proposalEncryption("aes-128-gcm"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.AES_CTR, 192)),
                RouterOsAlgorithms.proposalEncryption("aes-192-ctr"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.CAMELLIA_CBC, 256)),
                RouterOsAlgorithms.proposalEncryption("camellia-256"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.TRIPLE_DES, 192)),
                RouterOsAlgorithms.proposalEncryption("3des"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.CHACHA20_POLY1305, 256)),
                RouterOsAlgorithms.proposalEncryption("chacha20poly1305"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.NULL, 0)),
                RouterOsAlgorithms.proposalEncryption("null"));
        assertEquals(Optional.empty(), RouterOsAlgorithms.proposalEncryption("aes-256"));
        assertEquals(18, RouterOsAlgorithms.proposalEncryptionNames().size());
    }

    @Test
    void profileEncryptionNames() {
        assertEquals(Optional.of(new EncrSpec(EncrAlg.AES_CBC, 256)),
                RouterOsAlgorithms.profileEncryption("aes-256"));
        assertEquals(Optional.of(new EncrSpec(EncrAlg.DES, 64)),
                RouterOsAlgorithms.profileEncryption("des"));
        assertEquals(Optional.empty(), RouterOsAlgorithms.profileEncryption("aes-256-gcm"));
    }

    @Test
    void authAndHashNames() {
        assertEquals(Optional.of(IntegAlg.HMAC_SHA2_256_128),
                RouterOsAlgorithms.proposalAuth("sha256"));
        assertEquals(Optional.of(IntegAlg.NONE), RouterOsAlgorithms.proposalAuth("null"));
        assertEquals(Optional.empty(), RouterOsAlgorithms.proposalAuth("sha384"));
        assertEquals(Optional.of(IntegAlg.HMAC_MD5_96),
                RouterOsAlgorithms.profileHashIntegrity("md5"));
        assertEquals(Optional.of(PrfAlg.HMAC_SHA2_512),
                RouterOsAlgorithms.profilePrf("auto", "sha512"));
        assertEquals(Optional.of(PrfAlg.HMAC_SHA1), RouterOsAlgorithms.profilePrf("sha1", "sha256"));
        assertEquals(Optional.of(DhGroup.ECP384), RouterOsAlgorithms.dhGroup("ecp384"));
    }

    @Test
    void reverseNamesAndSpecValidation() {
        assertEquals(Optional.of("aes-128-gcm"),
                RouterOsAlgorithms.proposalName(new EncrSpec(EncrAlg.AES_GCM_16, 128)));
        assertEquals(Optional.empty(),
                RouterOsAlgorithms.proposalName(new EncrSpec(EncrAlg.AES_GCM_8, 128)));
        assertThrows(IllegalArgumentException.class, () -> new EncrSpec(EncrAlg.DES, 128));
    }
}

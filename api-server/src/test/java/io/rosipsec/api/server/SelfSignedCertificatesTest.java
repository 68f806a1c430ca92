package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

/** The api-ssl certificate (routeros-api.md §1.1). */
class SelfSignedCertificatesTest {

    @Test
    void selfSignedRsaForTheRouterIdentity() throws Exception {
        SelfSignedCertificates.Identity id = SelfSignedCertificates.generate("moon,gw");
        X509Certificate cert = id.certificate();
        cert.checkValidity();
        cert.verify(id.keys().getPublic());
        assertEquals("CN=moon_gw", cert.getSubjectX500Principal().getName());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals("RSA", cert.getPublicKey().getAlgorithm());
        assertEquals("SHA256withRSA", cert.getSigAlgName());
    }
}

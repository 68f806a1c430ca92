package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

class CertPayloadTest {
    @Test
    void certAndCertReqRoundTrip() throws Exception {
        CertPayload cert = new CertPayload(CertPayload.X509_SIGNATURE, new byte[] {0x30, 0x03, 0x02, 0x01, 0x00});
        String hex = Fixtures.encode(cert, 0);
        assertEquals("0000000a043003020100", hex);
        assertEquals(hex, Fixtures.encode(Fixtures.decode(37, hex), 0));
        CertReqPayload req = (CertReqPayload) Fixtures.decode(38, "0000001904" + "ab".repeat(20));
        assertEquals(4, req.encoding());
        assertEquals(20, req.data().length);
    }

    @Test
    void rejectsMissingEncoding() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(37, "00000004"));
    }
}

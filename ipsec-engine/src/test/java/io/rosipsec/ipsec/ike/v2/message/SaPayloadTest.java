package io.rosipsec.ipsec.ike.v2.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaPayloadTest {
    // SA payload of the Android IKE_SA_INIT fixture: one IKE proposal, AES-CBC-128, HMAC-SHA1-96, PRF-HMAC-SHA1,
    // MODP-1024.
    static final String ANDROID_SA =
            "220000300000002c010100040300000c0100000c800e0080030000080300000203000008040000020000000802000002";

    @Test
    void decodesCapturedIkeProposal() throws Exception {
        SaPayload sa = (SaPayload) Fixtures.decode(33, ANDROID_SA);
        assertEquals(1, sa.proposals().size());
        Proposal p = sa.proposals().get(0);
        assertEquals(1, p.number());
        assertEquals(ProtocolId.IKE, p.protocol());
        assertEquals(0, p.spi().length);
        assertEquals(
                List.of(
                        new Transform(TransformType.ENCR, 12, 128),
                        new Transform(TransformType.INTEG, 2),
                        new Transform(TransformType.DH, 2),
                        new Transform(TransformType.PRF, 2)),
                p.transforms());
        assertEquals(128, p.transforms(TransformType.ENCR).get(0).keyLength().getAsInt());
        assertEquals(ANDROID_SA, Fixtures.encode(sa, Fixtures.nextOf(ANDROID_SA)));
    }

    @Test
    void buildsEspProposalsWithConsecutiveNumbersAndRoundTrips() throws Exception {
        byte[] spi = {1, 2, 3, 4};
        SaPayload sa =
                new SaPayload(
                        List.of(
                                new Proposal(1, ProtocolId.ESP, spi, List.of(
                                        new Transform(TransformType.ENCR, 20, 256),
                                        new Transform(TransformType.ESN, 0))),
                                new Proposal(2, ProtocolId.ESP, spi, List.of(
                                        new Transform(TransformType.ENCR, 12, 128),
                                        new Transform(TransformType.INTEG, 12),
                                        new Transform(TransformType.ESN, 0)))));
        String hex = Fixtures.encode(sa, 0);
        // Last Substruc of the first proposal is 2 ("more"), of the second 0.
        assertEquals("02", hex.substring(8, 10));
        SaPayload back = (SaPayload) Fixtures.decode(33, hex);
        assertEquals(sa.proposals(), back.proposals());
        assertEquals(hex, Fixtures.encode(back, 0));
    }

    @Test
    void rejectsBadSpiSizeForProtocol() {
        // ESP proposal with SPI size 0.
        String hex = "0000001400000010010300010000000801000003";
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(33, hex));
    }

    @Test
    void rejectsTransformCountMismatch() {
        // IKE proposal claims 2 transforms but carries one.
        String hex = "000000140000001001010002000000080100000c";
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(33, hex));
    }

    @Test
    void rejectsWrongLastSubstruc() {
        // Single proposal marked "more".
        String hex = "000000140200001001010001000000080100000c";
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(33, hex));
    }

    @Test
    void rejectsTlvKeyLength() {
        String hex = "0000001a" + "00000016" + "01010001" + "0000000e" + "0100000c" + "000e00020080";
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(33, hex));
    }

    @Test
    void rejectsEmptySa() {
        assertThrows(InvalidSyntaxException.class, () -> Fixtures.decode(33, "00000004"));
    }

    @Test
    void rejectsNonConsecutiveProposalNumbers() {
        String proposal1 = "02000010" + "01010001" + "00000008" + "0100000c";
        String proposal3 = "00000010" + "03010001" + "00000008" + "0100000c";
        assertThrows(
                InvalidSyntaxException.class, () -> Fixtures.decode(33, "00000024" + proposal1 + proposal3));
    }
}

package io.rosipsec.ipsec.ike.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IkeProtocolExceptionTest {
    @Test
    void eachExceptionMapsToItsNotify() {
        Map<IkeProtocolException, Integer> expected = Map.ofEntries(
                Map.entry(new UnsupportedCriticalPayloadException(200), 1),
                Map.entry(new InvalidIkeSpiException("x"), 4),
                Map.entry(new InvalidMajorVersionException(3), 5),
                Map.entry(new InvalidSyntaxException("x"), 7),
                Map.entry(new InvalidMessageIdException(5), 9),
                Map.entry(new InvalidSpiException(new byte[4]), 11),
                Map.entry(new NoProposalChosenException("x"), 14),
                Map.entry(new InvalidKeException(14), 17),
                Map.entry(new AuthenticationFailedException("x"), 24),
                Map.entry(new SinglePairRequiredException("x"), 34),
                Map.entry(new NoAdditionalSasException("x"), 35),
                Map.entry(new InternalAddressFailureException("x"), 36),
                Map.entry(new FailedCpRequiredException("x"), 37),
                Map.entry(new TsUnacceptableException("x"), 38),
                Map.entry(new InvalidSelectorsException(new byte[] {0x45}), 39),
                Map.entry(new TemporaryFailureException("x"), 43),
                Map.entry(new ChildSaNotFoundException("x"), 44));
        expected.forEach((e, wire) -> assertEquals((int) wire, e.notifyType().wire(), e.getClass().getName()));
    }

    @Test
    void notifyDataCarriesTheRfcFields() {
        assertArrayEquals(new byte[] {0, 14}, new InvalidKeException(14).notifyData());
        assertEquals(14, new InvalidKeException(14).wantedDhGroup());
        assertArrayEquals(new byte[] {0, 0, 0, 5}, new InvalidMessageIdException(5).notifyData());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, new InvalidSpiException(new byte[] {1, 2, 3, 4}).notifyData());
        assertArrayEquals(new byte[] {(byte) 200}, new UnsupportedCriticalPayloadException(200).notifyData());
        assertArrayEquals(new byte[0], new InvalidSyntaxException("x").notifyData());
    }
}

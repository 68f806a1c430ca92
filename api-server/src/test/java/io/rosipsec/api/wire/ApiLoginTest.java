package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Legacy MD5 login of routeros-api.md §1.7. Expected responses were computed independently with Python's {@code
 * hashlib}: {@code "00" + md5(b"\x00" + password + unhexlify(challenge)).hexdigest()}, using the spec's example
 * challenge {@code ee8d06ab50d811c5585b85ed6680f813}.
 */
class ApiLoginTest {
    private static final String CHALLENGE = "ee8d06ab50d811c5585b85ed6680f813";

    @Test
    void knownAnswers() {
        assertEquals("0023cb100d84d0e8611212a50767f4d91e", ApiLogin.response("", CHALLENGE));
        assertEquals("00413082dbd39b4352b0d93699d851364e", ApiLogin.response("secret", CHALLENGE));
        // Non-ASCII password: the client's UTF-8 bytes, carried as a byte string.
        assertEquals("00123fe8b9385145b8510cdefbd633bfda",
                ApiLogin.response(ApiWords.fromUtf8("pässword"), CHALLENGE));
    }

    @Test
    void verifyAcceptsOnlyTheRightResponse() {
        assertTrue(ApiLogin.verify("secret", CHALLENGE, "00413082dbd39b4352b0d93699d851364e"));
        assertTrue(ApiLogin.verify("secret", CHALLENGE, "00413082DBD39B4352B0D93699D851364E"));
        assertFalse(ApiLogin.verify("Secret", CHALLENGE, "00413082dbd39b4352b0d93699d851364e"));
        assertFalse(ApiLogin.verify("secret", CHALLENGE, "413082dbd39b4352b0d93699d851364e"));
        assertFalse(ApiLogin.verify("secret", "not-hex", "00413082dbd39b4352b0d93699d851364e"));
    }

    @Test
    void challengeIsThirtyTwoHexDigitsFromTheGivenRandom() {
        String a = ApiLogin.newChallenge(new Random(1));
        assertEquals(32, a.length());
        assertTrue(a.matches("[0-9a-f]{32}"));
        assertEquals(a, ApiLogin.newChallenge(new Random(1)));
        assertNotEquals(a, ApiLogin.newChallenge(new Random(2)));
        assertEquals(34, ApiLogin.response("x", a).length());
    }

    @Test
    void malformedChallengeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ApiLogin.response("x", "zz"));
    }
}

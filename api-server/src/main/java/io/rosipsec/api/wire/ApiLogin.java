package io.rosipsec.api.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

/**
 * The pre-6.43 challenge/response login arithmetic (routeros-api.md §1.7), as pure functions:
 *
 * <pre>
 *   C: /login
 *   S: !done =ret=&lt;challenge: 16 random bytes as 32 lower-case hex digits&gt;
 *   C: /login =name=admin =response=00&lt;hex(MD5(0x00 || password || challenge bytes))&gt;
 * </pre>
 *
 * <p>The password is a byte string (see {@code package-info}), so its bytes are exactly those the client typed.
 * Whether a correct response is accepted depends on the emulated version (rejected from 6.45.1 on); that choice
 * belongs to the session layer, not here.
 *
 * @see <a href="https://wiki.mikrotik.com/wiki/Manual:API#Initial_login">RouterOS API, "Initial login"
 *     (pre-6.43)</a>
 */
public final class ApiLogin {
    /** Challenge length in bytes. */
    public static final int CHALLENGE_BYTES = 16;

    private static final HexFormat HEX = HexFormat.of();

    private ApiLogin() {}

    /** A fresh challenge as the 32 hex digits sent in {@code =ret=}, drawn from {@code random}. */
    public static String newChallenge(Random random) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        random.nextBytes(challenge);
        return HEX.formatHex(challenge);
    }

    /**
     * The {@code =response=} value a client computes: {@code "00"} followed by the hex MD5 of {@code 0x00},
     * the password bytes and the challenge bytes.
     *
     * @throws IllegalArgumentException if {@code challengeHex} is not hex or {@code password} not a byte string
     */
    public static String response(String password, String challengeHex) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is mandatory in every Java platform", e);
        }
        md5.update((byte) 0);
        md5.update(ApiWords.toBytes(password));
        md5.update(HEX.parseHex(challengeHex));
        return "00" + HEX.formatHex(md5.digest());
    }

    /**
     * Whether {@code response} is the right answer to {@code challengeHex} for {@code password} (hex digits
     * compared case-insensitively, in constant time). A malformed response or challenge is simply wrong.
     */
    public static boolean verify(String password, String challengeHex, String response) {
        String expected;
        try {
            expected = response(password, challengeHex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.ISO_8859_1),
                response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.ISO_8859_1));
    }
}

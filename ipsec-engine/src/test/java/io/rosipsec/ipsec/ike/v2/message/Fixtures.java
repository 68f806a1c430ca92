package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.Hex;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: hex fixtures from src/test/resources/ike/v2 and single-payload round trips. */
final class Fixtures {
    private Fixtures() {}

    /** Loads a {@code .hex} fixture, skipping '#' comment lines. */
    static byte[] load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ike/v2/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#")) {
                    hex.append(line);
                }
            }
            return Hex.decode(hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes one whole payload (generic header included) of the given type through the factory. */
    static IkePayload decode(int type, String hex) throws IkeProtocolException {
        byte[] bytes = Hex.decode(hex);
        ByteReader r = new ByteReader(bytes);
        PayloadHeader h = PayloadHeader.decode(r);
        return IkePayloadFactory.decode(type, h, r.slice(h.length() - PayloadHeader.LENGTH));
    }

    /** The next-payload value in a hex payload's generic header. */
    static int nextOf(String hex) {
        return Hex.decode(hex.substring(0, 2))[0] & 0xff;
    }

    /** Encodes a payload with the given next-payload value and returns hex. */
    static String encode(IkePayload p, int next) {
        return Hex.encode(p.toBytes(next));
    }
}

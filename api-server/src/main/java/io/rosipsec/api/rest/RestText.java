package io.rosipsec.api.rest;

import io.rosipsec.api.wire.ApiWords;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * From the API's byte strings to JSON text (routeros-api.md §2.4, §6 item 1). {@link
 * io.rosipsec.api.server.ApiRows} gives values as byte strings (one {@code char} per byte); the router keeps bytes,
 * and its JSON shows them as text. A byte string that is valid UTF-8 becomes the text it encodes (so {@code "é"}
 * sent as JSON comes back as {@code "é"}, and the UTF-8 bytes of it sent over the binary API read the same over
 * REST); one that is not (bytes typed in a Latin-1 console) is shown one character per byte.
 */
final class RestText {
    private RestText() {}

    /** The JSON text of one API value. */
    static String of(String byteString) {
        boolean ascii = true;
        for (int i = 0; i < byteString.length() && ascii; i++) {
            ascii = byteString.charAt(i) < 0x80;
        }
        if (ascii || ApiWords.firstNonByteChar(byteString) >= 0) {
            return byteString;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ApiWords.toBytes(byteString)))
                    .toString();
        } catch (CharacterCodingException e) {
            return byteString;
        }
    }
}

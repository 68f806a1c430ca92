package io.rosipsec.api.rest;

import io.rosipsec.api.wire.ApiSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a REST request body into the API sentence of the command it runs (routeros-api.md §2.3, §2.4), so that the
 * binary API's own argument checks ({@link io.rosipsec.api.server.ApiArguments}) and query engine ({@link
 * io.rosipsec.api.wire.ApiQuery}) serve REST unchanged:
 *
 * <ul>
 *   <li>each member {@code "name":value} becomes {@code =name=value}; {@code "!name":""} becomes {@code =!name=}
 *       (unset, as terraform sends it);
 *   <li>values: strings as they are, integers in decimal (the body may write them in octal or hex), {@code
 *       true}/{@code false} as those words, {@code null} as {@code ""}, an array of scalars comma-joined; an object
 *       as a value is refused with {@code invalid value for argument <name>};
 *   <li>{@code .proplist}: a comma string or an array of names; {@code .query}: an array of query words without the
 *       {@code ?} (a single string is one word); both only for printing commands (the API refuses {@code
 *       .proplist} elsewhere; {@code .query} elsewhere is refused as {@code unknown parameter .query});
 *   <li>a name that is empty or contains {@code =} cannot be an argument: {@code unknown parameter <name>}.
 * </ul>
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API, "POST
 *     method"</a>
 */
final class RestArguments {
    static final String QUERY = ".query";

    private RestArguments() {}

    /**
     * Parses a request body: an empty body is an empty object; anything else must be one JSON object.
     *
     * @throws RestError 400 for malformed JSON or a value that is not an object
     */
    static Map<String, Object> body(String text) throws RestError {
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object v;
        try {
            v = RestJson.parse(text);
        } catch (RestJsonException e) {
            throw RestError.badRequest("JSON parse error: " + e.getMessage());
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw RestError.badRequest("JSON parse error: expected an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put((String) k, val));
        return out;
    }

    /**
     * The sentence {@code command} + the body's members; {@code id}, when not null, is sent as {@code =.id=} in
     * place of any {@code .id} in the body.
     *
     * @throws RestError 400 for a name or value the API cannot carry
     */
    static ApiSentence sentence(String command, Map<String, Object> body, String id, boolean printing)
            throws RestError {
        ApiSentence.Builder b = ApiSentence.builder(command);
        if (id != null) {
            b.attribute(ApiSentence.ID, id);
        }
        for (Map.Entry<String, Object> e : body.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.equals("!")) {
                throw RestError.badRequest("unknown parameter " + name);
            }
            if (id != null && name.equals(ApiSentence.ID)) {
                continue;
            }
            if (name.equals(QUERY)) {
                if (!printing) {
                    throw RestError.badRequest("unknown parameter " + QUERY);
                }
                for (String word : list(name, value)) {
                    if (!word.isEmpty()) {
                        b.query("?" + word);
                    }
                }
                continue;
            }
            if (name.equals(ApiSentence.PROPLIST)) {
                b.attribute(name, String.join(",", list(name, value)));
                continue;
            }
            b.attribute(name, scalarOrList(name, value));
        }
        return b.build();
    }

    private static List<String> list(String name, Object value) throws RestError {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                out.add(scalar(name, o));
            }
        } else {
            String s = scalar(name, value);
            if (!name.equals(QUERY)) {
                for (String part : s.split(",")) {
                    out.add(part);
                }
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String scalarOrList(String name, Object value) throws RestError {
        if (value instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(scalar(name, o));
            }
            return String.join(",", parts);
        }
        return scalar(name, value);
    }

    private static String scalar(String name, Object value) throws RestError {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        throw RestError.badRequest("invalid value for argument " + name.replaceFirst("^!", ""));
    }
}

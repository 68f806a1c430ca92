package io.rosipsec.api.rest;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A refused REST request and its reply (routeros-api.md §2.5): status {@code >= 400} and the body {@code
 * {"detail":"<router message>","error":<status>,"message":"<reason phrase>"}}, keys sorted, {@code detail}
 * omitted where the router omits it (404 for an unknown id, 401).
 *
 * <ul>
 *   <li>{@link #badRequest(String)}: 400, any command {@code !trap}, unknown path, malformed JSON, the 60 s cut-off;
 *   <li>{@link #unauthorized()}: 401, missing or wrong credentials;
 *   <li>{@link #notFound()}: 404, unknown id or name in the URL;
 *   <li>{@link #notAcceptable(String)}: 406, a method whose verb the menu lacks;
 *   <li>{@link #of(HttpResponseStatus, String)}: the rest (413, 500, 501).
 * </ul>
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API, "Errors"</a>
 */
public final class RestError extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient HttpResponseStatus status;
    private final String detail;

    private RestError(HttpResponseStatus status, String detail) {
        super(status.code() + (detail == null ? "" : " " + detail), null, false, false);
        this.status = status;
        this.detail = detail;
    }

    /** An error with {@code status} and an optional {@code detail} (null for none). */
    public static RestError of(HttpResponseStatus status, String detail) {
        return new RestError(status, detail);
    }

    /** {@code 400 Bad Request} with the router's message as detail. */
    public static RestError badRequest(String detail) {
        return new RestError(HttpResponseStatus.BAD_REQUEST, detail);
    }

    /** {@code 401 Unauthorized}, no detail. */
    public static RestError unauthorized() {
        return new RestError(HttpResponseStatus.UNAUTHORIZED, null);
    }

    /** {@code 404 Not Found}, no detail. */
    public static RestError notFound() {
        return new RestError(HttpResponseStatus.NOT_FOUND, null);
    }

    /** {@code 406 Not Acceptable}: {@code no such command or directory (<verb>)}. */
    public static RestError notAcceptable(String verb) {
        return new RestError(HttpResponseStatus.NOT_ACCEPTABLE, "no such command or directory (" + verb + ")");
    }

    public HttpResponseStatus status() {
        return status;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The JSON body: {@code detail} (if any), {@code error} as a number, {@code message} the reason phrase. */
    public String body() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (detail != null) {
            m.put("detail", detail);
        }
        m.put("error", status.code());
        m.put("message", status.reasonPhrase());
        return RestJson.object(m);
    }

    /** The reply carrying this error. */
    public RestResponse response() {
        return new RestResponse(status, body());
    }
}

package io.rosipsec.api.rest;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The status and JSON body of one REST reply (routeros-api.md §2.2, §2.3); a null body is an empty one ({@code
 * DELETE}'s {@code 204}).
 *
 * @param status the HTTP status
 * @param body the JSON text, or null for no body
 */
public record RestResponse(HttpResponseStatus status, String body) {
    /** {@code 200 OK} with {@code body}. */
    public static RestResponse ok(String body) {
        return new RestResponse(HttpResponseStatus.OK, body);
    }

    /** {@code 204 No Content}. */
    public static RestResponse noContent() {
        return new RestResponse(HttpResponseStatus.NO_CONTENT, null);
    }
}

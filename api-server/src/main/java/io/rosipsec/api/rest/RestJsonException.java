package io.rosipsec.api.rest;

/**
 * A request body that is not the JSON the REST API accepts (routeros-api.md §2.4); the only exception {@link
 * RestJson#parse(String)} throws. The handler answers it with {@code 400 Bad Request}.
 */
public final class RestJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    public RestJsonException(String message) {
        super(message, null, false, false);
    }
}

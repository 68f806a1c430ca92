package io.rosipsec.api.rest;

import io.rosipsec.menu.MenuDef;
import io.rosipsec.menu.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code /rest/...} URL resolved against the menu {@link Schema} (routeros-api.md §2.1, §2.2): the longest prefix
 * that names a menu or directory, and at most one segment after it, which is an item ({@code *1}, a name) or a
 * verb ({@code print}) depending on the method.
 *
 * <pre>
 *   /rest/ip/ipsec/peer          path /ip/ipsec/peer, no tail
 *   /rest/ip/ipsec/peer/*1       path /ip/ipsec/peer, tail *1
 *   /rest/ip/ipsec/peer/print    path /ip/ipsec/peer, tail print
 *   /rest/nonexistent            path "" (the root), tail nonexistent
 *   /rest/ip/foo/print           400 no such command or directory (foo)
 * </pre>
 *
 * <p>Segments are percent-decoded; a trailing {@code /} is ignored. Two or more segments that are not menus refuse
 * the request with the first of them, as the router's {@code no such command or directory (x)} (§2.5).
 *
 * @param path the menu or directory path, {@code ""} for the root
 * @param menu the menu at {@code path}, empty for the root and implicit directories
 * @param tail the segment after {@code path}, empty when the URL names the menu itself
 */
public record RestRoute(String path, Optional<MenuDef> menu, Optional<String> tail) {
    /** The prefix every REST URL starts with. */
    public static final String PREFIX = "/rest";

    /**
     * Resolves a decoded URL path that starts with {@link #PREFIX}.
     *
     * @throws RestError 400 for two or more unknown segments or an empty segment inside the path
     * @throws IllegalArgumentException if {@code urlPath} is not under {@link #PREFIX}
     */
    public static RestRoute resolve(Schema schema, String urlPath) throws RestError {
        if (!isRest(urlPath)) {
            throw new IllegalArgumentException("not a REST path: " + urlPath);
        }
        String body = urlPath.substring(PREFIX.length());
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        if (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> segments = new ArrayList<>(body.isEmpty() ? List.of() : List.of(body.split("/", -1)));
        String path = "";
        int i = 0;
        while (i < segments.size() && !segments.get(i).isEmpty() && schema.exists(path + "/" + segments.get(i))) {
            path = path + "/" + segments.get(i);
            i++;
        }
        int left = segments.size() - i;
        if (left > 1 || (left == 1 && segments.get(i).isEmpty())) {
            throw RestError.badRequest("no such command or directory (" + segments.get(i) + ")");
        }
        return new RestRoute(path, schema.menu(path), left == 1 ? Optional.of(segments.get(i)) : Optional.empty());
    }

    /** Whether a URL path belongs to the REST API ({@code /rest} or {@code /rest/...}). */
    public static boolean isRest(String urlPath) {
        return urlPath.equals(PREFIX) || urlPath.startsWith(PREFIX + "/");
    }
}

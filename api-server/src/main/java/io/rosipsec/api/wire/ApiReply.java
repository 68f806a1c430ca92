package io.rosipsec.api.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reply sentence, immutable: type, optional tag and ordered {@code =name=value} attributes, or for {@code
 * !fatal} the bare reason word (routeros-api.md §1.6).
 *
 * <p>Word order follows real captures, not the documentation's illustrations: the reply word, then {@code .tag=X}
 * <em>immediately second</em> when tagged, then the attributes in insertion order. {@code !trap} puts {@code
 * =category=} before {@code =message=} (§1.6). {@code !fatal} is never tagged (§6 item 2).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Reply word"</a>
 */
public final class ApiReply implements ApiMessage {
    private final ApiReplyType type;
    private final String tag;
    private final Map<String, String> attributes;
    private final String fatalReason;
    private final List<String> words;

    private ApiReply(ApiReplyType type, String tag, Map<String, String> attributes, String fatalReason) {
        this.type = type;
        this.tag = tag == null || tag.isEmpty() ? null : tag;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.fatalReason = fatalReason;
        List<String> w = new ArrayList<>();
        w.add(type.wire());
        if (fatalReason != null) {
            w.add(fatalReason);
        } else {
            if (this.tag != null) {
                w.add(ApiSentence.TAG + "=" + this.tag);
            }
            this.attributes.forEach((k, v) -> w.add("=" + k + "=" + v));
        }
        this.words = List.copyOf(w);
    }

    /** A builder for a reply of {@code type}; use {@link #fatal(String)} for {@code !fatal}. */
    public static Builder builder(ApiReplyType type) {
        if (type == ApiReplyType.FATAL) {
            throw new IllegalArgumentException("use ApiReply.fatal(reason)");
        }
        return new Builder(type);
    }

    /** {@code !re} builder. */
    public static Builder re() {
        return builder(ApiReplyType.RE);
    }

    /** {@code !done} builder. */
    public static Builder done() {
        return builder(ApiReplyType.DONE);
    }

    /** {@code !empty} builder. */
    public static Builder empty() {
        return builder(ApiReplyType.EMPTY);
    }

    /** {@code !trap} builder. */
    public static Builder trap() {
        return builder(ApiReplyType.TRAP);
    }

    /**
     * {@code !trap} with an optional category (§1.6: only some errors carry one) and a message, category first.
     */
    public static ApiReply trap(Optional<String> tag, Integer category, String message) {
        Builder b = trap();
        tag.ifPresent(b::tag);
        if (category != null) {
            b.attribute("category", Integer.toString(category));
        }
        return b.attribute("message", message).build();
    }

    /** {@code !fatal} followed by the bare {@code reason} word, untagged. */
    public static ApiReply fatal(String reason) {
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("!fatal needs a reason word");
        }
        return new ApiReply(ApiReplyType.FATAL, null, Map.of(), reason);
    }

    /**
     * Reads a reply from its words (the client side; also used by tests). {@code .tag=} is accepted in any
     * position; for {@code !fatal} the second word is the reason.
     *
     * @throws IllegalArgumentException for an unknown reply word or a word that is neither {@code .tag=} nor an
     *     attribute
     */
    public static ApiReply parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty reply");
        }
        ApiReplyType type = ApiReplyType.fromWire(words.get(0))
                .orElseThrow(() -> new IllegalArgumentException("unknown reply word " + words.get(0)));
        if (type == ApiReplyType.FATAL) {
            return fatal(words.size() > 1 ? words.get(1) : "?");
        }
        Builder b = new Builder(type);
        for (String word : words.subList(1, words.size())) {
            if (word.startsWith(ApiSentence.TAG + "=")) {
                b.tag(word.substring(ApiSentence.TAG.length() + 1));
            } else if (word.startsWith("=")) {
                int eq = word.indexOf('=', 1);
                if (eq < 0) {
                    b.attribute(word.substring(1), "");
                } else {
                    b.attribute(word.substring(1, eq), word.substring(eq + 1));
                }
            } else {
                throw new IllegalArgumentException("invalid reply word " + word);
            }
        }
        return b.build();
    }

    @Override
    public List<String> words() {
        return words;
    }

    public ApiReplyType type() {
        return type;
    }

    /** The tag, present only when non-empty. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** Attributes in wire order (empty for {@code !fatal}). */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The reason word of a {@code !fatal}. */
    public Optional<String> fatalReason() {
        return Optional.ofNullable(fatalReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiReply && ((ApiReply) o).words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "ApiReply" + words;
    }

    /** Builds a non-fatal reply. */
    public static final class Builder {
        private final ApiReplyType type;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private String tag;

        private Builder(ApiReplyType type) {
            this.type = type;
        }

        /** Sets the tag; {@code null} or empty means untagged (§1.6). */
        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        /** Tags the reply like the request it answers. */
        public Builder tagOf(ApiSentence request) {
            this.tag = request.tag().orElse(null);
            return this;
        }

        /** Appends (or replaces, keeping its position) {@code =name=value}. */
        public Builder attribute(String name, String value) {
            if (name.indexOf('=') >= 0) {
                throw new IllegalArgumentException("attribute name contains '=': " + name);
            }
            attributes.put(name, value);
            return this;
        }

        /** Appends every entry of {@code values} in iteration order. */
        public Builder attributes(Map<String, String> values) {
            values.forEach(this::attribute);
            return this;
        }

        public ApiReply build() {
            return new ApiReply(type, tag, attributes, null);
        }
    }
}

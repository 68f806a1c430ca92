package io.rosipsec.api.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request sentence, immutable, with its words classified by {@link ApiWordKind} (routeros-api.md §1.3):
 *
 * <ul>
 *   <li>{@link #command()}: the command word ({@code /ip/ipsec/peer/print}), or {@code ""} if the first word is an
 *       attribute, API attribute or query ({@link #hasCommand()} is then false);
 *   <li>{@link #attributes()}: {@code =name=value} words in arrival order. The name ends at the second {@code =};
 *       the value is everything after it and may itself contain {@code =}. {@code =name} without a second {@code =}
 *       (socialwifi's {@code =verbose}) has the value {@code ""}. {@code =!name=} (unset) keeps its {@code !} in the
 *       name, see {@link #unsetNames()}; {@code =.id=} and {@code =.proplist=} are ordinary attributes. If a name
 *       repeats, the last value wins and the first position is kept;
 *   <li>{@link #apiAttributes()}: {@code .name=value} words keyed by their full name including the dot ({@code
 *       .tag});
 *   <li>{@link #queryWords()}: {@code ?} words in order, order being significant (§1.5); compile them with {@link
 *       ApiQuery#compile(List)};
 *   <li>{@link #otherWords()}: words that fit no kind (see {@link ApiWordKind#OTHER}).
 * </ul>
 *
 * <p>All strings are byte strings (see {@code package-info}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API sentences"</a>
 */
public final class ApiSentence implements ApiMessage {
    /** The API attribute naming the request's tag. */
    public static final String TAG = ".tag";
    /** The attribute holding an item id. */
    public static final String ID = ".id";
    /** The attribute restricting printed properties. */
    public static final String PROPLIST = ".proplist";

    private final List<String> words;
    private final String command;
    private final Map<String, String> attributes;
    private final Map<String, String> apiAttributes;
    private final List<String> queryWords;
    private final List<String> otherWords;

    private ApiSentence(List<String> words) {
        this.words = List.copyOf(words);
        String cmd = "";
        Map<String, String> attrs = new LinkedHashMap<>();
        Map<String, String> api = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < this.words.size(); i++) {
            String word = this.words.get(i);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word inside a sentence at position " + i);
            }
            switch (ApiWordKind.classify(word, i)) {
                case COMMAND:
                    cmd = word;
                    break;
                case ATTRIBUTE:
                    putNameValue(attrs, word.substring(1));
                    break;
                case API_ATTRIBUTE:
                    putNameValue(api, word);
                    break;
                case QUERY:
                    queries.add(word);
                    break;
                default:
                    others.add(word);
                    break;
            }
        }
        this.command = cmd;
        this.attributes = Collections.unmodifiableMap(attrs);
        this.apiAttributes = Collections.unmodifiableMap(api);
        this.queryWords = List.copyOf(queries);
        this.otherWords = List.copyOf(others);
    }

    private static void putNameValue(Map<String, String> map, String nameEqValue) {
        int eq = nameEqValue.indexOf('=');
        if (eq < 0) {
            map.put(nameEqValue, "");
        } else {
            map.put(nameEqValue.substring(0, eq), nameEqValue.substring(eq + 1));
        }
    }

    /**
     * Parses a sentence from its words (without the terminating empty word).
     *
     * @throws IllegalArgumentException if {@code words} is empty or contains an empty word
     */
    public static ApiSentence of(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one word");
        }
        return new ApiSentence(words);
    }

    /** Parses a sentence from its words; see {@link #of(List)}. */
    public static ApiSentence of(String... words) {
        return of(Arrays.asList(words));
    }

    /** A builder starting with the command word {@code command}. */
    public static Builder builder(String command) {
        return new Builder(command);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** The command word, or {@code ""} if the sentence has none. */
    public String command() {
        return command;
    }

    /** Whether the first word is a command word. */
    public boolean hasCommand() {
        return !command.isEmpty();
    }

    /** The {@code =name=value} attributes in arrival order. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The value of attribute {@code name}. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** Names cleared with {@code =!name=} (without the {@code !}), in order. */
    public List<String> unsetNames() {
        List<String> names = new ArrayList<>();
        for (String name : attributes.keySet()) {
            if (name.length() > 1 && name.charAt(0) == '!') {
                names.add(name.substring(1));
            }
        }
        return names;
    }

    /** The {@code .name=value} API attributes keyed by their dotted name. */
    public Map<String, String> apiAttributes() {
        return apiAttributes;
    }

    /**
     * The request's tag: present only if {@code .tag=} carried a non-empty value (§1.6: an absent or empty tag
     * means no reply is tagged).
     */
    public Optional<String> tag() {
        String tag = apiAttributes.get(TAG);
        return tag == null || tag.isEmpty() ? Optional.empty() : Optional.of(tag);
    }

    /** The {@code =.id=} attribute. */
    public Optional<String> id() {
        return attribute(ID);
    }

    /**
     * The property names of {@code =.proplist=a,b,c}, empty names dropped; an empty list for {@code =.proplist=}
     * (print no properties, so every {@code !re} is empty).
     */
    public Optional<List<String>> proplist() {
        String value = attributes.get(PROPLIST);
        if (value == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return Optional.of(List.copyOf(names));
    }

    /** The {@code ?} query words in order. */
    public List<String> queryWords() {
        return queryWords;
    }

    /** Words after the command that are neither attribute, API attribute nor query. */
    public List<String> otherWords() {
        return otherWords;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiSentence && ((ApiSentence) o).words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "ApiSentence" + words;
    }

    /** Builds a request sentence word by word (for clients and tests). */
    public static final class Builder {
        private final List<String> words = new ArrayList<>();

        private Builder(String command) {
            words.add(command);
        }

        /** Adds {@code =name=value}. */
        public Builder attribute(String name, String value) {
            words.add("=" + name + "=" + value);
            return this;
        }

        /** Adds {@code .tag=tag}. */
        public Builder tag(String tag) {
            words.add(TAG + "=" + tag);
            return this;
        }

        /** Adds a query word, which must start with {@code ?}. */
        public Builder query(String queryWord) {
            if (!queryWord.startsWith("?")) {
                throw new IllegalArgumentException("query word must start with '?': " + queryWord);
            }
            words.add(queryWord);
            return this;
        }

        /** Adds any non-empty word verbatim. */
        public Builder word(String word) {
            words.add(word);
            return this;
        }

        public ApiSentence build() {
            return of(words);
        }
    }
}

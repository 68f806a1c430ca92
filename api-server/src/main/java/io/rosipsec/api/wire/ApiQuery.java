package io.rosipsec.api.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code ?} query words of a {@code print}/{@code getall} request compiled into a predicate over one item,
 * given as property name to printed value (routeros-api.md §1.5).
 *
 * <p>Evaluation: each item is tested separately against a stack of booleans that starts with an infinite supply of
 * {@code true}. Words apply left to right; the item matches iff no {@code false} is left on the stack, so a plain
 * list of conditions is an implicit AND, and an empty query matches everything.
 *
 * <pre>
 *   ?name        push: item has a value for name
 *   ?-name       push: item has no value for name
 *   ?name=x      push: value of name equals x         (typed, see {@link ApiValues})
 *   ?=name=x     same; needed for names starting with - &lt; &gt; # (and used by librouteros)
 *   ?&lt;name=x     push: value &lt; x                       (absent value: false)
 *   ?&gt;name=x     push: value &gt; x                       (?&gt;comment= : comment non-empty)
 *   ?#ops        stack operations, left to right:
 *                  digits   index (top = 0); followed by another char: push a copy of that entry;
 *                           at the end of the word: replace the whole stack with that entry
 *                  !        negate the top
 *                  &amp;        pop two, push AND
 *                  |        pop two, push OR
 *                  .        after an index: nothing; otherwise: duplicate the top
 * </pre>
 *
 * <p>Because the supply of {@code true} never runs out, popping or indexing past the pushed entries yields {@code
 * true} ({@code ?a=1 ?#|} is always true). The {@code <}, {@code >} and {@code =} forms without a second {@code =}
 * compare with the empty string. An item whose property is absent fails every comparison, as an item outside a
 * {@code .proplist} lacks the key (§1.5).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Queries"</a>
 */
public final class ApiQuery implements Predicate<Map<String, String>> {
    private static final ApiQuery MATCH_ALL = new ApiQuery(List.of(), List.of());

    /** One compiled step acting on the stack for one item. */
    private interface Step {
        void apply(BoolStack stack, Map<String, String> item);
    }

    private final List<String> words;
    private final List<Step> steps;

    private ApiQuery(List<String> words, List<Step> steps) {
        this.words = words;
        this.steps = steps;
    }

    /** The query that matches every item (no query words). */
    public static ApiQuery matchAll() {
        return MATCH_ALL;
    }

    /**
     * Compiles query words, each starting with {@code ?}, in request order.
     *
     * @throws ApiQueryException for a word this grammar cannot interpret
     */
    public static ApiQuery compile(List<String> queryWords) throws ApiQueryException {
        if (queryWords.isEmpty()) {
            return MATCH_ALL;
        }
        List<Step> steps = new ArrayList<>();
        for (String word : queryWords) {
            compileWord(word, steps);
        }
        return new ApiQuery(List.copyOf(queryWords), List.copyOf(steps));
    }

    /** The words this query was compiled from. */
    public List<String> words() {
        return words;
    }

    @Override
    public boolean test(Map<String, String> item) {
        BoolStack stack = new BoolStack();
        for (Step step : steps) {
            step.apply(stack, item);
        }
        return stack.allTrue();
    }

    @Override
    public String toString() {
        return "ApiQuery" + words;
    }

    private static void compileWord(String word, List<Step> steps) throws ApiQueryException {
        if (word.isEmpty() || word.charAt(0) != '?') {
            throw new ApiQueryException(word, "not a query word");
        }
        String body = word.substring(1);
        if (body.isEmpty()) {
            throw new ApiQueryException(word, "no property name");
        }
        char op = body.charAt(0);
        switch (op) {
            case '#':
                compileOperations(word, body.substring(1), steps);
                return;
            case '-': {
                String name = requireName(word, body.substring(1));
                steps.add((stack, item) -> stack.push(item.get(name) == null));
                return;
            }
            case '<':
            case '>':
            case '=': {
                String rest = body.substring(1);
                int eq = rest.indexOf('=');
                String name = requireName(word, eq < 0 ? rest : rest.substring(0, eq));
                String operand = eq < 0 ? "" : rest.substring(eq + 1);
                steps.add(comparison(op, name, operand));
                return;
            }
            default: {
                int eq = body.indexOf('=');
                if (eq < 0) {
                    steps.add((stack, item) -> stack.push(item.get(body) != null));
                } else {
                    steps.add(comparison('=', body.substring(0, eq), body.substring(eq + 1)));
                }
            }
        }
    }

    private static String requireName(String word, String name) throws ApiQueryException {
        if (name.isEmpty()) {
            throw new ApiQueryException(word, "no property name");
        }
        return name;
    }

    private static Step comparison(char op, String name, String operand) {
        return (stack, item) -> {
            String value = item.get(name);
            boolean result;
            if (value == null) {
                result = false;
            } else if (op == '=') {
                result = ApiValues.equal(value, operand);
            } else {
                int c = ApiValues.compare(value, operand);
                result = op == '<' ? c < 0 : c > 0;
            }
            stack.push(result);
        };
    }

    private static void compileOperations(String word, String ops, List<Step> steps) throws ApiQueryException {
        int i = 0;
        while (i < ops.length()) {
            char c = ops.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < ops.length() && ops.charAt(end) >= '0' && ops.charAt(end) <= '9') {
                    end++;
                }
                int index;
                try {
                    index = Integer.parseInt(ops.substring(i, end));
                } catch (NumberFormatException e) {
                    throw new ApiQueryException(word, "stack index too large");
                }
                if (end == ops.length()) {
                    steps.add((stack, item) -> stack.replaceWith(index));
                    i = end;
                } else {
                    steps.add((stack, item) -> stack.pushCopy(index));
                    // '.' right after an index only ends the index.
                    i = ops.charAt(end) == '.' ? end + 1 : end;
                }
                continue;
            }
            switch (c) {
                case '!':
                    steps.add((stack, item) -> stack.push(!stack.pop()));
                    break;
                case '&':
                    steps.add((stack, item) -> {
                        boolean a = stack.pop();
                        boolean b = stack.pop();
                        stack.push(a && b);
                    });
                    break;
                case '|':
                    steps.add((stack, item) -> {
                        boolean a = stack.pop();
                        boolean b = stack.pop();
                        stack.push(a || b);
                    });
                    break;
                case '.':
                    steps.add((stack, item) -> stack.push(stack.peek(0)));
                    break;
                default:
                    throw new ApiQueryException(word, "unknown operation '" + c + "'");
            }
            i++;
        }
    }

    /** A boolean stack over an infinite supply of {@code true}. */
    private static final class BoolStack {
        private final ArrayList<Boolean> entries = new ArrayList<>();

        void push(boolean value) {
            entries.add(value);
        }

        boolean pop() {
            return entries.isEmpty() || entries.remove(entries.size() - 1);
        }

        boolean peek(int index) {
            int pos = entries.size() - 1 - index;
            return pos < 0 || entries.get(pos);
        }

        void pushCopy(int index) {
            push(peek(index));
        }

        void replaceWith(int index) {
            boolean value = peek(index);
            entries.clear();
            entries.add(value);
        }

        boolean allTrue() {
            return !entries.contains(Boolean.FALSE);
        }
    }
}

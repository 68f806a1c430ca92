package io.rosipsec.ipsec;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row numbers the engine's status views show ({@code /ip ipsec installed-sa}, {@code active-peers} and the
 * dynamic {@code policy} rows): one counter per running engine, each object keeping its number while it lives, as
 * RouterOS's numbers stay put between {@code print}s. Touched only on the event loop.
 */
final class RowNumbers {
    private final Map<Object, Integer> numbers = new IdentityHashMap<>();
    private final Map<List<Object>, Integer> dynamicNumbers = new HashMap<>();
    private int nextNumber = 1;

    /** The number of {@code o}, taking {@code width} fresh numbers the first time (two for an SA pair). */
    int number(Object o, int width) {
        Integer n = numbers.get(o);
        if (n == null) {
            n = nextNumber;
            nextNumber += width;
            numbers.put(o, n);
        }
        return n;
    }

    /** Whether {@code o} was shown with {@code number}. */
    boolean shownAs(Object o, int number) {
        Integer n = numbers.get(o);
        return n != null && n == number;
    }

    /** The number of a dynamic policy row, by its (owner, policy) key. */
    int dynamic(List<Object> key) {
        return dynamicNumbers.computeIfAbsent(key, k -> nextNumber++);
    }

    /** Forgets the dynamic rows that are gone. */
    void retainDynamic(Collection<List<Object>> live) {
        dynamicNumbers.keySet().retainAll(live);
    }
}

package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Typed comparisons behind {@link ApiQuery} (routeros-api.md §1.5). */
class ApiValuesTest {

    @Test
    void booleansAcceptBothSpellings() {
        assertTrue(ApiValues.equal("false", "no"));
        assertTrue(ApiValues.equal("true", "yes"));
        assertTrue(ApiValues.equal("yes", "true"));
        assertFalse(ApiValues.equal("true", "no"));
        assertFalse(ApiValues.equal("false", ""));
    }

    @Test
    void integersCompareNumerically() {
        assertTrue(ApiValues.compare("10", "9") > 0);
        assertTrue(ApiValues.compare("-1", "0") < 0);
        assertTrue(ApiValues.equal("007", "7"));
        assertTrue(ApiValues.compare("99999999999999999999", "1") > 0);
    }

    @Test
    void idsCompareAsHexNumbers() {
        assertTrue(ApiValues.equal("*1a", "*1A"));
        assertTrue(ApiValues.compare("*9", "*1F") < 0);
        assertTrue(ApiValues.compare("*80000001", "*7FFFFFFF") > 0);
    }

    @Test
    void otherValuesCompareAsUnsignedBytes() {
        assertTrue(ApiValues.compare("abc", "") > 0);
        assertEquals(0, ApiValues.compare("", ""));
        assertTrue(ApiValues.compare("ab", "abc") < 0);
        assertTrue(ApiValues.compare("\u00E9", "z") > 0, "0xE9 sorts above 'z' as a byte");
        assertFalse(ApiValues.equal("10s", "10"));
        assertTrue(ApiValues.compare("1.2.3.4", "1.2.3.10") > 0, "addresses are plain strings here");
    }
}

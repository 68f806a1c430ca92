package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.menu.MenuException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Menu errors as API traps (routeros-api.md §1.6, §1.9). */
class ApiTrapTest {

    @Test
    void numberedErrorsCarryTheirCodeInTheMessage() {
        assertEquals(ApiTrap.of("no such item (4)"), ApiTrap.of(MenuException.noSuchItem()));
        assertEquals(ApiTrap.of("not enough permissions (9)"), ApiTrap.of(MenuException.notEnoughPermissions()));
    }

    @Test
    void valueErrorsAreCategoryOne() {
        ApiTrap t = ApiTrap.of(new MenuException("input does not match any value of profile"));
        assertEquals(Optional.of(ApiTrapCategory.ARGUMENT_VALUE), t.category());
        assertEquals(Optional.of(ApiTrapCategory.ARGUMENT_VALUE),
                ApiTrap.of(new MenuException("value of port out of range (0..65535)")).category());
    }

    @Test
    void missingCommandIsCategoryZeroAndFailuresHaveNone() {
        assertEquals(Optional.of(ApiTrapCategory.MISSING_ITEM_OR_COMMAND),
                ApiTrap.of(new MenuException("no such command or directory (x)")).category());
        assertEquals(ApiTrap.of("failure: already have peer with such name"),
                ApiTrap.of(new MenuException("failure: already have peer with such name")));
        assertEquals(ApiTrap.of("unknown parameter x"), ApiTrap.of(new MenuException("unknown parameter x")));
    }
}

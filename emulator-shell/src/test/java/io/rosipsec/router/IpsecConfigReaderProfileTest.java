package io.rosipsec.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.menu.MenuService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /ip ipsec profile} rows to {@link ProfileConfig}: {@code lifebytes} (issue 6) and its default. */
class IpsecConfigReaderProfileTest {
    @Test
    void lifebytesIsPassedToTheEngineAndDefaultsToNone() {
        ProfileConfig with = IpsecConfigReader.profile(new MenuService.Row("*1",
                Map.of("name", "p1", "lifetime", "1h", "lifebytes", "1000000")));
        assertEquals(1_000_000, with.lifeBytes());
        assertEquals(Duration.ofHours(1), with.lifetime());
        ProfileConfig without = IpsecConfigReader.profile(new MenuService.Row("*2", Map.of("name", "p2")));
        assertEquals(0, without.lifeBytes());
        ProfileConfig zero = IpsecConfigReader.profile(new MenuService.Row("*3",
                Map.of("name", "p3", "lifebytes", "0")));
        assertEquals(0, zero.lifeBytes());
    }
}

package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guideline 7's package rule over this module's sources: {@code javax.crypto} and {@code
 * java.security} algorithm classes only in {@code crypto.jca}, {@code org.bouncycastle} only in
 * {@code crypto.bc} ({@code java.security.SecureRandom} is allowed everywhere).
 */
class CryptoImportRulesTest {
    private static final Path MAIN = Path.of("src/main/java/io/rosipsec");

    @Test
    void providerImportsStayInTheirBackEnds() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the module directory");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                for (String line : Files.readAllLines(f)) {
                    String t = line.trim();
                    if (!t.startsWith("import ")) {
                        continue;
                    }
                    boolean jca = t.startsWith("import javax.crypto")
                            || (t.startsWith("import java.security")
                                    && !t.equals("import java.security.SecureRandom;"));
                    boolean bc = t.startsWith("import org.bouncycastle");
                    if ((jca && !pkg.equals("ipsec.crypto.jca"))
                            || (bc && !pkg.equals("ipsec.crypto.bc"))) {
                        violations.add(f + ": " + t);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}

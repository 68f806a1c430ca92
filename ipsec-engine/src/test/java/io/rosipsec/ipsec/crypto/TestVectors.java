package io.rosipsec.ipsec.crypto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the known-answer vector files in this package's test resources: {@code [name]} sections of
 * {@code field = hex} lines, {@code #} comments citing the source.
 */
public final class TestVectors {
    private TestVectors() {}

    /** One named vector. */
    public record Vector(String name, Map<String, String> fields) {
        public String text(String field) {
            String v = fields.get(field);
            if (v == null) {
                throw new IllegalArgumentException(name + " has no field " + field);
            }
            return v;
        }

        public byte[] hex(String field) {
            return HexFormat.of().parseHex(text(field));
        }

        public boolean has(String field) {
            return fields.containsKey(field);
        }

        public int integer(String field) {
            return Integer.parseInt(text(field));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Vector> load(String resource) {
        InputStream in = TestVectors.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing test resource " + resource);
        }
        List<Vector> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            Map<String, String> fields = null;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    if (name != null) {
                        out.add(new Vector(name, fields));
                    }
                    name = t.substring(1, t.length() - 1);
                    fields = new LinkedHashMap<>();
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq < 0 || fields == null) {
                    throw new IllegalStateException(resource + ": bad line " + line);
                }
                fields.put(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
            }
            if (name != null) {
                out.add(new Vector(name, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    public static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}

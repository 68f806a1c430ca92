package io.rosipsec.api.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line options of the emulator ({@code java -jar routeros-emulator.jar --help}). Every port has a RouterOS
 * default; {@code --port-offset N} adds N to every port left at its default, so a non-root user can run it.
 */
public final class LauncherOptions {
  public Path dataDir = Path.of("data");
  public String bind = "0.0.0.0";
  public final Map<String, Integer> ports = new LinkedHashMap<>();
  private final Map<String, Boolean> explicit = new LinkedHashMap<>();
  public int portOffset;
  public String model;
  public String version = "7.20.8";
  public String identity = "MikroTik";
  public String adminPassword = "";
  /** How ESP leaves the router: {@code udp} (RFC 3948 encapsulation on the NAT-T port) is the only value so far. */
  public String espTransport = "udp";
  /** {@code /system license} level ({@code free}, {@code p1}, ... on CHR; {@code 0}..{@code 6}); null = factory. */
  public String licence;
  /** Hold each SA to the board's packet-rate envelope (hw-profiles.md §3). */
  public boolean emulateThroughput;
  /** Optional packages installed on top of the board's factory set ({@code --package zerotier}, repeatable). */
  public final java.util.Set<String> packages = new java.util.LinkedHashSet<>();

  public LauncherOptions() {
    ports.put("ssh", 22);
    ports.put("api", 8728);
    ports.put("api-ssl", 8729);
    ports.put("www", 80);
    ports.put("www-ssl", 443);
    ports.put("ike", 500);
    ports.put("nat-t", 4500);
  }

  /** The port of a service after {@code --port-offset}. */
  public int port(String service) {
    int p = ports.get(service);
    return explicit.getOrDefault(service, false) ? p : p + portOffset;
  }

  public static LauncherOptions parse(String[] args) {
    LauncherOptions o = new LauncherOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      if (a.equals("--help") || a.equals("-h")) {
        throw new UsageException(usage());
      }
      if (a.equals("--emulate-throughput")) {
        o.emulateThroughput = value == null || value.equals("yes") || value.equals("true");
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("missing value for " + a + "\n" + usage());
        }
        value = args[++i];
      }
      switch (a) {
        case "--data-dir" -> o.dataDir = Path.of(value);
        case "--bind" -> o.bind = value;
        case "--port-offset" -> o.portOffset = integer(a, value);
        case "--model" -> o.model = value;
        case "--version" -> o.version = value;
        case "--identity" -> o.identity = value;
        case "--admin-password" -> o.adminPassword = value;
        case "--licence", "--license" -> o.licence = value;
        case "--package" -> o.packages.add(value);
        case "--esp-transport" -> {
          if (!value.equals("udp")) {
            throw new UsageException("--esp-transport " + value + " is not supported (only udp; raw ESP is future work)");
          }
          o.espTransport = value;
        }
        default -> {
          String svc = a.startsWith("--") && a.endsWith("-port") ? a.substring(2, a.length() - 5) : null;
          if (svc == null || !o.ports.containsKey(svc)) {
            throw new UsageException("unknown option " + a + "\n" + usage());
          }
          o.ports.put(svc, integer(a, value));
          o.explicit.put(svc, true);
        }
      }
    }
    return o;
  }

  private static int integer(String opt, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(opt + " needs a number, not " + v);
    }
  }

  static String usage() {
    return String.join("\n",
        "usage: java -jar routeros-emulator.jar [options]",
        "  --data-dir DIR          configuration, host keys and files (default ./data)",
        "  --bind ADDRESS          address to listen on (default 0.0.0.0)",
        "  --ssh-port N            (22)      --api-port N      (8728)   --api-ssl-port N (8729)",
        "  --www-port N            (80)      --www-ssl-port N  (443)",
        "  --ike-port N            (500)     --nat-t-port N    (4500)",
        "  --port-offset N         add N to every port not given explicitly (e.g. 10000 as non-root)",
        "  --model BOARD           board name as RouterOS prints it (RB1100AHx4, CCR1036-8G-2S+, CHR, ...)",
        "  --version V             RouterOS version: 7.12.2, 7.16.2, 7.20.8 (default), 7.22.2, 7.24",
        "  --identity NAME         /system identity of a fresh configuration (default MikroTik)",
        "  --admin-password PW     password of admin in a fresh configuration (default empty)",
        "  --esp-transport udp     ESP in UDP on the NAT-T port (the only transport; raw ESP is future work)",
        "  --licence LEVEL         /system license level: free (CHR default, 1 Mbit/s), p1, p10, p-unlimited on CHR;",
        "                          0..6 elsewhere (default: the board's factory level)",
        "  --emulate-throughput    hold each SA to the board's packets-per-second envelope",
        "  --package NAME          install an optional package the board can carry (zerotier, container, ...);",
        "                          repeatable; its menus exist while it is enabled (/system package)");
  }

  /** Bad command line: the message is printed and the launcher exits with status 2. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message, null, false, false);
    }
  }
}

package io.rosipsec.router;

import io.rosipsec.hw.HwProfile;
import io.rosipsec.hw.LicenceLevel;
import io.rosipsec.hw.PackageInfo;
import io.rosipsec.hw.PackageKind;
import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.StatusProvider;
import io.rosipsec.shell.console.script.RosSize;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code /system} status menus of one router, computed live from its board ({@link HwProfile}), version and clock
 * (routeros-cli.md §6.2–6.6, hw-profiles.md §1.2, §1.3, §4, §5.2, §6): {@code /system resource},
 * {@code /system routerboard}, {@code /system license}, {@code /system package}, the live time and date of
 * {@code /system clock}, and the actions of {@code /system ntp client} (which is configuration only: the emulator never
 * sends NTP traffic). Registered by {@link Router} with {@link #register(Router)}.
 */
public final class SystemMenus {

  /**
   * Release channel and build time of the versions whose menu trees ship with the project. Channels: 7.20.8 is on
   * the long-term line (inspect dump README; hw-profiles.md §6.2 lists 7.20.7 as long-term), 7.16.2, 7.22.2 and 7.24
   * were stable releases (hw-profiles.md §6.2; routeros-api.md examples print {@code 7.16.2 (stable)}); 7.12.2 is
   * taken as stable (I). Build times are inferred from the release dates around them (hw-profiles.md §6.2: 7.20.7
   * built 2026-01-08, 7.22.1 built 2026-03-23); the seconds are not known (I).
   */
  private static final Map<RosVersion, String[]> RELEASES = new TreeMap<>(Map.of(
      RosVersion.parse("7.12.2"), new String[] {"stable", "2024-02-29 11:38:04"},
      RosVersion.parse("7.16.2"), new String[] {"stable", "2024-11-26 11:24:50"},
      RosVersion.parse("7.20.8"), new String[] {"long-term", "2026-02-03 13:10:26"},
      RosVersion.parse("7.22.2"), new String[] {"stable", "2026-04-14 10:47:31"},
      RosVersion.parse("7.24"), new String[] {"stable", "2026-07-21 12:05:17"}));

  /**
   * Size of the v7 system package per architecture, in KiB (I: between the 11.0MiB and 11.5MiB printed for
   * {@code routeros} in routeros-cli.md §6.5 and hw-profiles.md §5.2 and the larger x86/tile images).
   */
  private static final Map<String, Long> SYSTEM_PACKAGE_KIB = Map.of(
      "arm", 12595L, "arm64", 13210L, "mipsbe", 11776L, "mmips", 11264L, "smips", 10650L,
      "tile", 13926L, "powerpc", 12288L, "x86_64", 14234L);

  /** Size of the separate v7 packages a factory unit can carry, in KiB (I); others default to 512 KiB. */
  private static final Map<String, Long> EXTRA_PACKAGE_KIB = Map.of(
      "wireless", 1843L, "wifi-qcom-ac", 2970L, "wifi-qcom", 3174L, "container", 104L, "user-manager", 336L);

  /** Sectors written per committed configuration change (one 4 KiB flash page, I). */
  private static final long SECTORS_PER_COMMIT = 8;

  private final Router router;
  private final AtomicLong sectorsWritten = new AtomicLong();
  private final AtomicLong licenceSeed = new AtomicLong();
  private volatile Duration clockOffset = Duration.ZERO;

  private SystemMenus(Router router) {
    this.router = router;
    this.licenceSeed.set(router.options().identity().hashCode());
  }

  /** Registers the providers and hooks of the {@code /system} menus on the router's {@link MenuService}. */
  public static SystemMenus register(Router router) {
    SystemMenus s = new SystemMenus(router);
    MenuService menus = router.menus();
    menus.provider("/system/resource", () -> List.of(s.resource()));
    menus.provider("/system/routerboard", () -> List.of(s.routerboard()));
    menus.provider("/system/license", s.new LicenseProvider());
    menus.provider("/system/package", s.new PackageProvider());
    menus.provider("/system/ntp/client", s.new NtpActions());
    menus.hook("/system/clock", s.new ClockHook());
    menus.onCommit(store -> s.sectorsWritten.addAndGet(SECTORS_PER_COMMIT));
    return s;
  }

  private HwProfile board() {
    return router.board();
  }

  private int major() {
    return router.version().major();
  }

  /** The router's current time: its clock plus what {@code /system clock set time= date=} moved it by. */
  public Instant now() {
    return router.clock().instant().plus(clockOffset);
  }

  // ------------------------------------------------------------------ /system resource

  /** {@code /system resource} values in the print order of routeros-cli.md §6.2. */
  Map<String, String> resource() {
    HwProfile b = board();
    Map<String, String> r = new LinkedHashMap<>();
    Duration up = Duration.between(router.started(), router.clock().instant());
    r.put("uptime", RosTime.formatCompact(Math.max(0, up.getSeconds()) * RosTime.SECOND));
    r.put("version", router.version() + " (" + release()[0] + ")");
    r.put("build-time", buildTime());
    b.factorySoftware().ifPresent(v -> r.put("factory-software", v));
    long total = b.totalMemoryBytes();
    r.put("free-memory", size(total - usedMemory(total)));
    r.put("total-memory", size(total));
    r.put("cpu", b.cpu(major()));
    r.put("cpu-count", Integer.toString(b.cpuCount()));
    r.put("cpu-frequency", b.cpuFrequencyMhz() + "MHz");
    r.put("cpu-load", cpuLoadPercent() + "%");
    long disk = b.totalHddBytes();
    r.put("free-hdd-space", size(Math.max(0, disk - packageBytes())));
    r.put("total-hdd-space", size(disk));
    r.put("write-sect-since-reboot", Long.toString(sectorsWritten.get()));
    r.put("write-sect-total", Long.toString(sectorsWritten.get()));
    if (b.badBlocks()) {
      r.put("bad-blocks", "0%");
    }
    r.put("architecture-name", b.architectureName(major()));
    r.put("board-name", b.boardName(major()));
    r.put("platform", b.platform());
    return r;
  }

  /** RouterOS's own footprint: a fixed base plus a share of the RAM for buffers (I; hw-profiles.md §1.2 prints). */
  private static long usedMemory(long total) {
    long used = (40L << 20) + total / 16;
    return Math.min(used, total * 6 / 10);
  }

  /** The JVM process's recent CPU load as a whole percentage (0 when the platform does not report it). */
  static int cpuLoadPercent() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      double load = sun.getProcessCpuLoad();
      if (load >= 0) {
        return (int) Math.min(100, Math.round(load * 100));
      }
    }
    return 0;
  }

  /**
   * RouterOS sizes: one decimal, in the largest binary unit that keeps four digits or fewer before the point
   * ({@code 2256.0KiB}, {@code 16.0MiB}, {@code 1024.0MiB}, {@code 15.9GiB}; routeros-cli.md §6.2, hw-profiles.md
   * §1.2).
   */
  static String size(long bytes) {
    RosSize.Unit unit = RosSize.Unit.KIB;
    for (RosSize.Unit u : RosSize.Unit.values()) {
      if (u.ordinal() > 0 && bytes / RosSize.Unit.values()[u.ordinal() - 1].bytes() >= 10240) {
        unit = u;
      }
    }
    return RosSize.formatIn(bytes, unit);
  }

  /** Channel and build time of the running version; versions between the shipped ones take the nearest older. */
  private String[] release() {
    String[] best = null;
    for (Map.Entry<RosVersion, String[]> e : RELEASES.entrySet()) {
      if (best == null || e.getKey().compareTo(router.version()) <= 0) {
        best = e.getValue();
      }
    }
    return best;
  }

  /** Build time as printed: ISO from 7.10, {@code Oct/11/2022 14:37:24} before (routeros-cli.md §2.3, §6.2). */
  String buildTime() {
    LocalDateTime t = LocalDateTime.parse(release()[1], DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    return router.version().atLeast("7.10")
        ? t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
        : t.format(DateTimeFormatter.ofPattern("MMM/dd/yyyy HH:mm:ss", Locale.ENGLISH));
  }

  // ------------------------------------------------------------------ /system routerboard

  /** {@code /system routerboard}: RouterBOARD facts; {@code routerboard: no} alone elsewhere (6.x CHR/x86 shape). */
  Map<String, String> routerboard() {
    HwProfile b = board();
    Map<String, String> r = new LinkedHashMap<>();
    r.put("routerboard", b.routerboard() ? "yes" : "no");
    if (!b.routerboard()) {
      return r;
    }
    String boardName = b.boardName(major());
    if (!boardName.equals(b.model())) {
      r.put("board-name", boardName);
    }
    r.put("model", b.model());
    b.revision().ifPresent(v -> r.put("revision", v));
    r.put("serial-number", router.serialNumber());
    b.firmwareType().ifPresent(v -> r.put("firmware-type", v));
    b.factoryFirmware().ifPresent(v -> r.put("factory-firmware", v));
    r.put("current-firmware", router.version().toString());
    r.put("upgrade-firmware", router.version().toString());
    return r;
  }

  // ------------------------------------------------------------------ /system license

  /** {@code /system license} (hw-profiles.md §4.2): software-id/nlevel/features, or CHR system-id/level. */
  private final class LicenseProvider implements StatusProvider {
    @Override
    public List<Map<String, String>> rows() {
      HwProfile b = board();
      LicenceLevel level = router.licence();
      Map<String, String> r = new LinkedHashMap<>();
      r.put(b.licensing().idProperty(), b.licenceId(licenceSeed.get()));
      if (level.chr()) {
        r.put("level", level.routerOsName());
      } else {
        r.put("nlevel", level.routerOsName());
        r.put("features", "");
      }
      return List.of(r);
    }

    /** {@code generate-new-id}: a CHR draws a new system-id; a RouterBOARD's id is bound to the device. */
    @Override
    public boolean action(String command, List<String> ids, Map<String, String> args) {
      if (!command.equals("generate-new-id") || !router.licence().chr()) {
        return false;
      }
      licenceSeed.incrementAndGet();
      return true;
    }
  }

  // ------------------------------------------------------------------ /system package

  /**
   * The listed packages: installed ones that are separate packages (v7 internal bundles are not listed; v6 parts of
   * the {@code routeros-<arch>} bundle are), as the router's {@link RouterPackages} has them now.
   */
  private List<PackageInfo> packages() {
    return router.packages().listed();
  }

  private long packageKib(PackageInfo p) {
    if (p.kind() == PackageKind.SYSTEM) {
      return SYSTEM_PACKAGE_KIB.getOrDefault(board().architectureName(major()), 12288L);
    }
    return EXTRA_PACKAGE_KIB.getOrDefault(p.name(), 512L);
  }

  private long packageBytes() {
    long kib = 0;
    for (PackageInfo p : packages()) {
      kib += packageKib(p);
    }
    return kib << 10;
  }

  /** {@code /system package} (routeros-cli.md §6.5): name, running version, build time, size; X for disabled. */
  private final class PackageProvider implements StatusProvider {
    @Override
    public List<Map<String, String>> rows() {
      List<Map<String, String>> out = new ArrayList<>();
      int n = 1;
      for (PackageInfo p : packages()) {
        Map<String, String> r = new LinkedHashMap<>();
        String id = Item.formatId(n++);
        r.put(".id", id);
        r.put("name", p.name());
        r.put("version", router.version().toString());
        r.put("build-time", buildTime());
        router.packages().scheduled(p.name()).ifPresent(s -> r.put("scheduled", s));
        r.put("size", size(packageKib(p) << 10));
        r.put("available", "no");
        r.put("disabled", router.packages().enabled(p.name()) ? "no" : "yes");
        out.add(r);
      }
      return out;
    }

    /**
     * {@code uninstall}, {@code disable} and {@code enable} schedule the change for the next reboot ({@code
     * scheduled for uninstall / disable / enable}), {@code unschedule} cancels it (hw-profiles.md §5.1, §5.2); items
     * come as ids or as {@code numbers=} (printed numbers or ids). Disabling an already disabled package, or enabling
     * an enabled one, schedules nothing. The system package cannot be uninstalled or disabled (the disable wording is
     * taken from uninstall's, I). The next reboot applies them ({@link RouterPackages#applyScheduled}); {@code
     * apply-changes} (7.18+) reboots now (hw-profiles.md §5.2; the console asks first).
     */
    @Override
    public boolean action(String command, List<String> ids, Map<String, String> args) {
      if (command.equals("apply-changes")) {
        router.reboots().requestReboot();
        return true;
      }
      if (!List.of("uninstall", "unschedule", "disable", "enable").contains(command)) {
        return false;
      }
      List<Map<String, String>> rows = rows();
      List<String> targets = new ArrayList<>(ids);
      for (String n : args.getOrDefault("numbers", "").split(",")) {
        if (n.matches("\\d+")) {
          int i = Integer.parseInt(n);
          if (i >= rows.size()) {
            throw MenuException.noSuchItem();
          }
          targets.add(rows.get(i).get(".id"));
        } else if (!n.isEmpty()) {
          targets.add(n);
        }
      }
      for (Map<String, String> r : rows) {
        if (targets.contains(r.get(".id"))) {
          String name = r.get("name");
          boolean disabled = "yes".equals(r.get("disabled"));
          switch (command) {
            case "uninstall", "disable" -> {
              if (packages().stream().anyMatch(p -> p.name().equals(name) && p.kind() == PackageKind.SYSTEM)) {
                throw new MenuException("failure: can not " + command + " system package");
              }
              if (command.equals("uninstall") || !disabled) {
                router.packages().schedule(name, "scheduled for " + command);
              } else {
                router.packages().unschedule(name, "scheduled for enable");
              }
            }
            case "enable" -> {
              if (disabled) {
                router.packages().schedule(name, "scheduled for enable");
              } else {
                router.packages().unschedule(name, "scheduled for disable");
              }
            }
            default -> router.packages().unschedule(name, null);
          }
        }
      }
      return true;
    }
  }

  // ------------------------------------------------------------------ /system ntp client

  /** {@code /system ntp client reset-freq-drift}: nothing was measured, so the drift stays zero. */
  private final class NtpActions implements StatusProvider {
    @Override
    public List<Map<String, String>> rows() {
      return List.of();
    }

    @Override
    public boolean action(String command, List<String> ids, Map<String, String> args) {
      return command.equals("reset-freq-drift");
    }
  }

  // ------------------------------------------------------------------ /system clock

  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * {@code /system clock}: {@code time}, {@code date}, {@code gmt-offset} and {@code dst-active} are read live from
   * the router's clock in the configured zone; {@code set time= date=} moves the router's clock (not the host's).
   */
  private final class ClockHook implements MenuHook {
    @Override
    public void validate(MenuService service, Item before, Item after) {
      if (after != null) {
        parseDate(after.get("date"));
        parseTime(after.get("time"));
      }
    }

    @Override
    public void derive(MenuService service, Item item, Map<String, String> out) {
      ZonedDateTime now = now().atZone(zone(out.get("time-zone-name")));
      out.put("time", now.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
      out.put("date", formatDate(now.toLocalDate()));
      int secs = now.getOffset().getTotalSeconds();
      out.put("gmt-offset", String.format("%s%02d:%02d", secs < 0 ? "-" : "+", Math.abs(secs) / 3600,
          Math.abs(secs) % 3600 / 60));
      out.put("dst-active", now.getZone().getRules().isDaylightSavings(now.toInstant()) ? "yes" : "no");
    }

    @Override
    public void applied(MenuService service, Item before, Item after) {
      if (after == null) {
        return;
      }
      String date = after.get("date");
      String time = after.get("time");
      boolean dateChanged = date != null && (before == null || !date.equals(before.get("date")));
      boolean timeChanged = time != null && (before == null || !time.equals(before.get("time")));
      if (!dateChanged && !timeChanged) {
        return;
      }
      ZoneId zone = zone(after.get("time-zone-name"));
      ZonedDateTime now = now().atZone(zone);
      LocalDate d = dateChanged ? parseDate(date) : now.toLocalDate();
      LocalTime t = timeChanged ? parseTime(time) : now.toLocalTime();
      Instant target = LocalDateTime.of(d, t).atZone(zone).toInstant();
      clockOffset = Duration.between(router.clock().instant(), target);
    }
  }

  private ZoneId zone(String name) {
    if (name != null && !name.equals("manual")) {
      try {
        return ZoneId.of(name);
      } catch (DateTimeException e) {
        // an unknown zone name keeps the router's zone, as "manual" does
      }
    }
    return router.clock().getZone();
  }

  /** {@code 2026-09-29} from 7.10, {@code sep/29/2026} before (routeros-cli.md §6.6). */
  private String formatDate(LocalDate d) {
    return router.version().atLeast("7.10")
        ? d.toString()
        : d.format(DateTimeFormatter.ofPattern("MMM/dd/yyyy", Locale.ENGLISH)).toLowerCase(Locale.ROOT);
  }

  private static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s);
      }
      if (s.length() > 3 && MONTHS.contains(s.substring(0, 3).toLowerCase(Locale.ROOT))) {
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM/dd/yyyy").toFormatter(Locale.ENGLISH);
        return LocalDate.parse(s, f);
      }
    } catch (DateTimeParseException e) {
      throw new MenuException("invalid value for argument date");
    }
    throw new MenuException("invalid value for argument date");
  }

  /** {@code 09:43:19}; the console hands a typed time over as a duration ({@code 9h43m19s}), accepted too. */
  private static LocalTime parseTime(String s) {
    if (s == null) {
      return null;
    }
    long nanos = RosTime.tryParse(s).orElse(-1);
    if (nanos < 0 || nanos >= 86400 * RosTime.SECOND) {
      throw new MenuException("invalid value for argument time");
    }
    return LocalTime.ofSecondOfDay(nanos / RosTime.SECOND);
  }
}

package io.rosipsec.hw;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One emulated board: what {@code /system resource} and {@code /system routerboard} print, which
 * ESP transforms its CPU accelerates, its licence and package set, and its throughput envelope
 * (hw-profiles.md §1–5; routeros-cli.md §6.2–6.5). Loaded from one data file per board by {@link
 * HwProfiles}; immutable.
 *
 * <p>Fields that differ between RouterOS 6 and 7 (the CHR board name, x86 {@code
 * architecture-name}, the hAP ac² {@code cpu} string) come from per-major overrides: use {@link
 * #boardName(int)}, {@link #architectureName(int)} and {@link #cpu(int)}.
 */
public final class HwProfile {

  /** Fields a data file may override per RouterOS major version. */
  static final Set<String> OVERRIDABLE = Set.of("board-name", "architecture-name", "cpu");

  private final String id;
  private final String boardName;
  private final String model;
  private final List<String> aliases;
  private final boolean routerboard;
  private final Optional<String> revision;
  private final String architectureName;
  private final String cpu;
  private final int cpuCount;
  private final int cpuFrequencyMhz;
  private final int cpuFrequencyMaxMhz;
  private final long totalMemoryBytes;
  private final long totalHddBytes;
  private final boolean badBlocks;
  private final String platform;
  private final String soc;
  private final Optional<String> serialFormat;
  private final Optional<String> firmwareType;
  private final Optional<String> factoryFirmware;
  private final Optional<String> factorySoftware;
  private final Set<Integer> routerOsMajors;
  private final Map<Integer, Map<String, String>> overrides;
  private final AccelCapability acceleration;
  private final Licensing licensing;
  private final Map<Integer, PackageSet> packages;
  private final ThroughputEnvelope throughput;
  private final Map<String, String> notes;

  HwProfile(Builder b) {
    this.id = b.id;
    this.boardName = b.boardName;
    this.model = b.model;
    this.aliases = List.copyOf(b.aliases);
    this.routerboard = b.routerboard;
    this.revision = Optional.ofNullable(b.revision);
    this.architectureName = b.architectureName;
    this.cpu = b.cpu;
    this.cpuCount = b.cpuCount;
    this.cpuFrequencyMhz = b.cpuFrequencyMhz;
    this.cpuFrequencyMaxMhz = b.cpuFrequencyMaxMhz;
    this.totalMemoryBytes = b.totalMemoryBytes;
    this.totalHddBytes = b.totalHddBytes;
    this.badBlocks = b.badBlocks;
    this.platform = b.platform;
    this.soc = b.soc;
    this.serialFormat = Optional.ofNullable(b.serialFormat);
    this.firmwareType = Optional.ofNullable(b.firmwareType);
    this.factoryFirmware = Optional.ofNullable(b.factoryFirmware);
    this.factorySoftware = Optional.ofNullable(b.factorySoftware);
    this.routerOsMajors = Set.copyOf(new TreeSet<>(b.routerOsMajors));
    Map<Integer, Map<String, String>> ov = new TreeMap<>();
    b.overrides.forEach((k, v) -> ov.put(k, Map.copyOf(v)));
    this.overrides = Map.copyOf(ov);
    this.acceleration = b.acceleration;
    this.licensing = b.licensing;
    this.packages = Map.copyOf(b.packages);
    this.throughput = b.throughput;
    this.notes = Map.copyOf(b.notes);
  }

  /** Short stable identifier, the data file's name ({@code rb1100ahx4}). */
  public String id() {
    return id;
  }

  /** {@code board-name} as RouterOS 7 prints it where no override applies. */
  public String boardName() {
    return boardName;
  }

  /** {@code board-name} as the given RouterOS major prints it. */
  public String boardName(int routerOsMajor) {
    return override(routerOsMajor, "board-name", boardName);
  }

  /** {@code model} of {@code /system routerboard} and the export header. */
  public String model() {
    return model;
  }

  /** Other names the board is looked up by (product codes, family names). */
  public List<String> aliases() {
    return aliases;
  }

  /** True when the unit has {@code /system routerboard} ({@code routerboard: yes}); false on CHR/x86. */
  public boolean routerboard() {
    return routerboard;
  }

  /** {@code revision} of {@code /system routerboard}, printed on some boards ({@code r2}). */
  public Optional<String> revision() {
    return revision;
  }

  /** {@code architecture-name} (RouterOS 7 spelling). */
  public String architectureName() {
    return architectureName;
  }

  /** {@code architecture-name} as the given major prints it (x86: {@code x86} on 6, {@code x86_64} on 7). */
  public String architectureName(int routerOsMajor) {
    return override(routerOsMajor, "architecture-name", architectureName);
  }

  /** {@code cpu} of {@code /system resource} (RouterOS 7 spelling). */
  public String cpu() {
    return cpu;
  }

  /** {@code cpu} as the given major prints it. */
  public String cpu(int routerOsMajor) {
    return override(routerOsMajor, "cpu", cpu);
  }

  /** {@code cpu-count}: hardware threads. */
  public int cpuCount() {
    return cpuCount;
  }

  /** {@code cpu-frequency} as printed, in MHz (the idle value on auto-scaling boards). */
  public int cpuFrequencyMhz() {
    return cpuFrequencyMhz;
  }

  /** Highest clock the CPU reaches, in MHz (equal to {@link #cpuFrequencyMhz()} on fixed-clock boards). */
  public int cpuFrequencyMaxMhz() {
    return cpuFrequencyMaxMhz;
  }

  /** {@code total-memory} in bytes. */
  public long totalMemoryBytes() {
    return totalMemoryBytes;
  }

  /** {@code total-hdd-space} in bytes. */
  public long totalHddBytes() {
    return totalHddBytes;
  }

  /** Whether {@code /system resource} prints {@code bad-blocks} (NAND RouterBOARDs only). */
  public boolean badBlocks() {
    return badBlocks;
  }

  /** {@code platform} ({@code MikroTik}). */
  public String platform() {
    return platform;
  }

  /** The SoC or CPU part (never printed by RouterOS; documentation). */
  public String soc() {
    return soc;
  }

  /** {@link SerialNumbers} pattern for {@code serial-number}; empty without {@code /system routerboard}. */
  public Optional<String> serialFormat() {
    return serialFormat;
  }

  /** The deterministic {@code serial-number} for a seed; empty on CHR/x86. */
  public Optional<String> serialNumber(long seed) {
    return serialFormat.map(f -> SerialNumbers.generate(f, seed));
  }

  /** {@code firmware-type} (RouterBOOT family, e.g. {@code al2}); empty on CHR/x86. */
  public Optional<String> firmwareType() {
    return firmwareType;
  }

  /** {@code factory-firmware} (RouterBOOT version the unit shipped with); empty on CHR/x86. */
  public Optional<String> factoryFirmware() {
    return factoryFirmware;
  }

  /** {@code factory-software} of {@code /system resource}; empty where RouterOS omits it. */
  public Optional<String> factorySoftware() {
    return factorySoftware;
  }

  /** RouterOS major versions the board can run (6, 7). */
  public Set<Integer> routerOsMajors() {
    return routerOsMajors;
  }

  /** Whether the board can run the given RouterOS major. */
  public boolean runs(int routerOsMajor) {
    return routerOsMajors.contains(routerOsMajor);
  }

  /** The acceleration table of the board's CPU. */
  public AccelCapability acceleration() {
    return acceleration;
  }

  /**
   * Shortcut for {@link AccelCapability#accelerates(String, int, String, String)}.
   *
   * @throws IllegalArgumentException if {@code keyBits} contradicts the algorithm name
   */
  public boolean accelerates(String encAlgorithm, int keyBits, String authAlgorithm, String serial) {
    return acceleration.accelerates(encAlgorithm, keyBits, authAlgorithm, serial);
  }

  /** Licence facts for {@code /system license}. */
  public Licensing licensing() {
    return licensing;
  }

  /** Shortcut for {@code licensing().factory()}. */
  public LicenceLevel factoryLicence() {
    return licensing.factory();
  }

  /** The deterministic {@code software-id}/{@code system-id} for a seed. */
  public String licenceId(long seed) {
    return SerialNumbers.generate(licensing.idFormat(), seed);
  }

  /**
   * The package set for a RouterOS major.
   *
   * @throws IllegalArgumentException if the board does not run that major
   */
  public PackageSet packages(int routerOsMajor) {
    PackageSet s = packages.get(routerOsMajor);
    if (s == null) {
      throw new IllegalArgumentException(id + " does not run RouterOS " + routerOsMajor);
    }
    return s;
  }

  /** Throughput figures and ceilings. */
  public ThroughputEnvelope throughput() {
    return throughput;
  }

  /** Data-file notes, keyed by field name: where values are assumptions and why. */
  public Map<String, String> notes() {
    return notes;
  }

  /** A copy of this board whose CPU has other feature flags (see {@link AccelCapability#withCpuFeatures(Set)}). */
  public HwProfile withCpuFeatures(Set<String> features) {
    Builder b = toBuilder();
    b.acceleration = acceleration.withCpuFeatures(features);
    return new HwProfile(b);
  }

  private String override(int major, String field, String fallback) {
    Map<String, String> m = overrides.get(major);
    return m == null ? fallback : m.getOrDefault(field, fallback);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.boardName = boardName;
    b.model = model;
    b.aliases = aliases;
    b.routerboard = routerboard;
    b.revision = revision.orElse(null);
    b.architectureName = architectureName;
    b.cpu = cpu;
    b.cpuCount = cpuCount;
    b.cpuFrequencyMhz = cpuFrequencyMhz;
    b.cpuFrequencyMaxMhz = cpuFrequencyMaxMhz;
    b.totalMemoryBytes = totalMemoryBytes;
    b.totalHddBytes = totalHddBytes;
    b.badBlocks = badBlocks;
    b.platform = platform;
    b.soc = soc;
    b.serialFormat = serialFormat.orElse(null);
    b.firmwareType = firmwareType.orElse(null);
    b.factoryFirmware = factoryFirmware.orElse(null);
    b.factorySoftware = factorySoftware.orElse(null);
    b.routerOsMajors = routerOsMajors;
    b.overrides = overrides;
    b.acceleration = acceleration;
    b.licensing = licensing;
    b.packages = packages;
    b.throughput = throughput;
    b.notes = notes;
    return b;
  }

  @Override
  public String toString() {
    return "HwProfile[" + id + ", " + boardName + "]";
  }

  /** Mutable holder filled by the board-file reader. */
  static final class Builder {
    String id;
    String boardName;
    String model;
    List<String> aliases = List.of();
    boolean routerboard;
    String revision;
    String architectureName;
    String cpu;
    int cpuCount;
    int cpuFrequencyMhz;
    int cpuFrequencyMaxMhz;
    long totalMemoryBytes;
    long totalHddBytes;
    boolean badBlocks;
    String platform;
    String soc;
    String serialFormat;
    String firmwareType;
    String factoryFirmware;
    String factorySoftware;
    Set<Integer> routerOsMajors = Set.of();
    Map<Integer, Map<String, String>> overrides = Map.of();
    AccelCapability acceleration;
    Licensing licensing;
    Map<Integer, PackageSet> packages = Map.of();
    ThroughputEnvelope throughput;
    Map<String, String> notes = Map.of();
  }
}

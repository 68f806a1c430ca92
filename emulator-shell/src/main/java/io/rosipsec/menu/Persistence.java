package io.rosipsec.menu;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps a router's configuration across restarts, as RouterOS keeps its configuration database on flash: every
 * committed command is written to {@code <dataDir>/config.json} before the command returns, so a router killed at any
 * moment comes back with either the state before or the state after the command it was running, never anything in
 * between.
 *
 * <p>File format (version {@value #FORMAT_VERSION}):
 *
 * <pre>{@code
 * {"format": 1, "routeros": "7.20.8",
 *  "tables": {"/ip/ipsec/profile": {"nextId": 3, "items": [{"id": "*1", "values": {"name": "default", ...}}]}}}
 * }</pre>
 *
 * Tables are sorted by menu path; items keep menu order; values are the canonical stored strings of {@link Item}.
 * {@code nextId} is the table's id counter, so an id freed by {@code remove} is never handed out again after a
 * restart (RouterOS does not reuse {@code *id}s either).
 *
 * <p>Saving is atomic: the bytes go to a fresh temporary file in the same directory, are forced to the device, the
 * temporary file is renamed over {@code config.json} ({@code ATOMIC_MOVE}), then the directory itself is forced so
 * the rename survives a power loss. A crash leaves at most a stray {@code config.json.*.tmp}, which is never read as
 * configuration and is removed by the next {@link #load()}.
 *
 * <p>A file that exists but can not be used makes {@link #load()} throw {@link CorruptConfigException}; the file is
 * never deleted or overwritten by this instance while it is in place (saves are refused and logged) so nothing is
 * lost silently.
 */
public final class Persistence {
  /** Version of the file layout written by this build; other versions are refused. */
  public static final int FORMAT_VERSION = 1;

  /** Name of the configuration file inside the data directory. */
  public static final String FILE_NAME = "config.json";

  private static final String TMP_PREFIX = FILE_NAME + ".";
  private static final String TMP_SUFFIX = ".tmp";
  private static final System.Logger LOG = System.getLogger(Persistence.class.getName());

  private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper READER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path dir;
  private final Path file;
  private volatile RosVersion running = RosVersion.DEFAULT;
  /** Set when {@link #load()} found the file corrupt: saves are refused while that file is still in place. */
  private volatile CorruptConfigException corrupt;

  private volatile long saves;
  private volatile IOException lastFailure;

  public Persistence(Path dataDir) {
    this.dir = dataDir.toAbsolutePath();
    this.file = dir.resolve(FILE_NAME);
  }

  /** The configuration file. */
  public Path file() {
    return file;
  }

  /** Number of successful saves by this instance. */
  public long saves() {
    return saves;
  }

  /** The last failure of a save made on behalf of {@link #attach(MenuService)}, if any. */
  public Optional<IOException> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  // ---------------------------------------------------------------- loading

  /**
   * Reads the saved configuration: empty on a fresh router (no file); stray temporary files of an interrupted save
   * are removed first and never read.
   *
   * @throws CorruptConfigException the file exists but is unreadable, not valid JSON, truncated, of another format
   *     version or inconsistent; the file is left as it is
   */
  public synchronized Optional<LoadedConfig> load() {
    removeStrayTemps();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw markCorrupt(new CorruptConfigException(file, "can not read: " + e, e));
    }
    try {
      LoadedConfig cfg = decode(bytes);
      corrupt = null;
      return Optional.of(cfg);
    } catch (CorruptConfigException e) {
      throw markCorrupt(e);
    }
  }

  private CorruptConfigException markCorrupt(CorruptConfigException e) {
    corrupt = e;
    return e;
  }

  private void removeStrayTemps() {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, TMP_PREFIX + "*" + TMP_SUFFIX)) {
      for (Path p : ds) {
        try {
          Files.deleteIfExists(p);
          LOG.log(System.Logger.Level.INFO, "removed temporary file of an interrupted save: {0}", p);
        } catch (IOException e) {
          LOG.log(System.Logger.Level.WARNING, "can not remove stray temporary file " + p, e);
        }
      }
    } catch (NoSuchFileException e) {
      // no data directory yet: nothing to clean
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "can not list " + dir, e);
    }
  }

  /** Parses file contents; every defect becomes a {@link CorruptConfigException} naming where it is. */
  LoadedConfig decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new CorruptConfigException(file, "empty file");
    }
    JsonNode root;
    try {
      root = READER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new CorruptConfigException(file, "not valid JSON (truncated or damaged): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CorruptConfigException(file, "can not parse: " + e, e);
    }
    if (root == null || !root.isObject()) {
      throw new CorruptConfigException(file, "top level is not a JSON object");
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isIntegralNumber()) {
      throw new CorruptConfigException(file, "no format version");
    }
    if (!format.canConvertToInt() || format.intValue() != FORMAT_VERSION) {
      throw new CorruptConfigException(
          file, "unsupported format version " + format.asText() + " (this build reads " + FORMAT_VERSION + ")");
    }
    JsonNode ros = root.get("routeros");
    if (ros == null || !ros.isTextual()) {
      throw new CorruptConfigException(file, "no RouterOS version");
    }
    RosVersion savedBy;
    try {
      savedBy = RosVersion.parse(ros.textValue());
    } catch (IllegalArgumentException e) {
      throw new CorruptConfigException(file, "bad RouterOS version \"" + ros.textValue() + "\"", e);
    }
    JsonNode tables = root.get("tables");
    if (tables == null || !tables.isObject()) {
      throw new CorruptConfigException(file, "no tables object");
    }
    ConfigStore store = new ConfigStore();
    for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> t = it.next();
      decodeTable(store, t.getKey(), t.getValue());
    }
    return new LoadedConfig(savedBy, store);
  }

  private void decodeTable(ConfigStore store, String path, JsonNode table) {
    String where = "table " + path;
    if (!path.startsWith("/")) {
      throw new CorruptConfigException(file, where + ": not a menu path");
    }
    if (table == null || !table.isObject()) {
      throw new CorruptConfigException(file, where + ": not an object");
    }
    JsonNode next = table.get("nextId");
    if (next == null || !next.isIntegralNumber() || !next.canConvertToLong() || next.longValue() < 1) {
      throw new CorruptConfigException(file, where + ": nextId missing or not a positive integer");
    }
    long nextId = next.longValue();
    JsonNode items = table.get("items");
    if (items == null || !items.isArray()) {
      throw new CorruptConfigException(file, where + ": items missing or not an array");
    }
    Set<Long> seen = new HashSet<>();
    int n = 0;
    for (JsonNode item : items) {
      String at = where + " item " + n++;
      if (!item.isObject()) {
        throw new CorruptConfigException(file, at + ": not an object");
      }
      JsonNode idNode = item.get("id");
      long id = idNode != null && idNode.isTextual() ? Item.parseId(idNode.textValue()) : -1;
      if (id < 0) {
        throw new CorruptConfigException(file, at + ": id missing or not of the form *1A");
      }
      if (id >= nextId) {
        throw new CorruptConfigException(file, at + ": id " + Item.formatId(id) + " not below nextId " + nextId);
      }
      if (!seen.add(id)) {
        throw new CorruptConfigException(file, at + ": duplicate id " + Item.formatId(id));
      }
      JsonNode vals = item.get("values");
      if (vals == null || !vals.isObject()) {
        throw new CorruptConfigException(file, at + ": values missing or not an object");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = vals.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> v = it.next();
        if (!v.getValue().isTextual()) {
          throw new CorruptConfigException(file, at + ": value of " + v.getKey() + " is not a string");
        }
        values.put(v.getKey(), v.getValue().textValue());
      }
      store.load(path, id, values, nextId);
    }
    if (nextId > 1) {
      store.setNextId(path, nextId);
    }
  }

  // ---------------------------------------------------------------- saving

  /** Saves on every committed command of the service, recording the service's RouterOS version. */
  public void attach(MenuService service) {
    running = service.schema().version();
    service.onCommit(this::saveAfterCommit);
  }

  /**
   * The commit listener: the command has already taken effect in memory, so a failing disk must not turn it into an
   * error half-way through {@link MenuService}'s commit; the failure is logged and kept in {@link #lastFailure()}.
   */
  private void saveAfterCommit(ConfigStore store) {
    try {
      save(store);
    } catch (UncheckedIOException e) {
      lastFailure = e.getCause();
      LOG.log(System.Logger.Level.ERROR, "configuration not saved", e.getCause());
    } catch (IllegalStateException e) {
      LOG.log(System.Logger.Level.ERROR, e.getMessage());
    }
  }

  /**
   * Writes the store atomically, as saved by the RouterOS version given to {@link #attach(MenuService)} (default
   * {@link RosVersion#DEFAULT}).
   *
   * @throws UncheckedIOException the file could not be written; the previous file is then still intact
   * @throws IllegalStateException {@link #load()} found the file corrupt and it is still in place
   */
  public void save(ConfigStore store) {
    save(store, running);
  }

  /** As {@link #save(ConfigStore)}, recording the given RouterOS version. */
  public synchronized void save(ConfigStore store, RosVersion version) {
    CorruptConfigException bad = corrupt;
    if (bad != null) {
      if (Files.exists(file)) {
        throw new IllegalStateException(
            "not overwriting " + file + " (it failed to load: " + bad.getMessage() + "); move it away first", bad);
      }
      corrupt = null;
    }
    byte[] bytes = encode(store, version);
    try {
      writeAtomically(bytes);
      saves++;
    } catch (IOException e) {
      throw new UncheckedIOException("can not save configuration to " + file, e);
    }
  }

  private void writeAtomically(byte[] bytes) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, TMP_PREFIX, TMP_SUFFIX);
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      forceDirectory();
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Makes the rename durable; directories can not be opened for syncing on Windows, where renames are journaled. */
  private void forceDirectory() throws IOException {
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      return;
    }
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /** The file contents for a store: canonical (tables sorted, untouched empty tables left out). */
  static byte[] encode(ConfigStore store, RosVersion version) {
    ObjectNode root = WRITER.createObjectNode();
    root.put("format", FORMAT_VERSION);
    root.put("routeros", version.toString());
    ObjectNode tables = root.putObject("tables");
    for (Map.Entry<String, ConfigStore.Table> e : new TreeMap<>(store.tables()).entrySet()) {
      ConfigStore.Table t = e.getValue();
      if (t.items.isEmpty() && t.nextId <= 1) {
        continue;
      }
      ObjectNode tn = tables.putObject(e.getKey());
      tn.put("nextId", t.nextId);
      ArrayNode items = tn.putArray("items");
      for (Item i : t.items) {
        ObjectNode in = items.addObject();
        in.put("id", i.idString());
        ObjectNode vals = in.putObject("values");
        i.values().forEach(vals::put);
      }
    }
    try {
      return WRITER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("configuration not serialisable", e);
    }
  }
}

package io.rosipsec.menu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Persistence}: round trip of ids, order and counters; corrupt files refused and kept; stray temp files. */
class PersistenceTest {
  private static final String PROFILE = "/ip/ipsec/profile";
  private static final String PEER = "/ip/ipsec/peer";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static MenuService freshRouter() {
    MenuService s = new MenuService(SchemaLoader.load(RosVersion.DEFAULT), new ConfigStore());
    s.installDefaults();
    return s;
  }

  private static List<String> ids(ConfigStore store, String path) {
    return store.items(path).stream().map(Item::idString).collect(Collectors.toList());
  }

  private MenuService configured() {
    MenuService s = freshRouter();
    new Persistence(dir).attach(s);
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "p1", "lifetime", "1h"));
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "p2", "enc-algorithm", "aes-256"));
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "p3"));
    s.add(Session.SYSTEM, PEER, Map.of("name", "a", "address", "192.0.2.1", "profile", "p2"));
    s.add(Session.SYSTEM, PEER, Map.of("name", "b", "address", "192.0.2.2"));
    s.remove(Session.SYSTEM, PROFILE, List.of("p3"));
    s.remove(Session.SYSTEM, PEER, List.of("a"));
    s.set(Session.SYSTEM, PEER, List.of("b"), Map.of("comment", "kept \"quoted\" \u00e9"), List.of());
    return s;
  }

  @Test
  void missingFileMeansFreshRouter() {
    assertEquals(Optional.empty(), new Persistence(dir).load());
    assertEquals(Optional.empty(), new Persistence(dir.resolve("not-yet")).load());
  }

  @Test
  void roundTripKeepsIdsOrderValuesAndCounters() {
    MenuService before = configured();
    ConfigStore saved = before.store();

    LoadedConfig loaded = new Persistence(dir).load().orElseThrow();
    assertEquals(RosVersion.DEFAULT, loaded.savedBy());
    ConfigStore store = loaded.store();
    assertEquals(List.of("*1", "*2", "*3"), ids(store, PROFILE));
    assertEquals(List.of("*2"), ids(store, PEER));
    for (String path : List.of(PROFILE, PEER, "/ip/ipsec/proposal", "/ip/ipsec/policy")) {
      assertEquals(ids(saved, path), ids(store, path), path);
      for (int i = 0; i < saved.items(path).size(); i++) {
        Map<String, String> a = saved.items(path).get(i).values();
        Map<String, String> b = store.items(path).get(i).values();
        assertEquals(a, b, path);
        assertEquals(List.copyOf(a.keySet()), List.copyOf(b.keySet()), "value order of " + path);
      }
      assertEquals(saved.nextId(path), store.nextId(path), "counter of " + path);
    }
    assertEquals("kept \"quoted\" \u00e9", store.items(PEER).get(0).get("comment"));
    assertArrayEquals(
        Persistence.encode(saved, RosVersion.DEFAULT), Persistence.encode(store, loaded.savedBy()));

    // ids freed by remove (*4 profile was the last one, *1 peer) are not handed out again after the restart
    MenuService after = new MenuService(SchemaLoader.load(RosVersion.DEFAULT), store);
    assertEquals("*5", after.add(Session.SYSTEM, PROFILE, Map.of("name", "p4")));
    assertEquals("*3", after.add(Session.SYSTEM, PEER, Map.of("name", "c", "address", "192.0.2.3")));
  }

  @Test
  void counterOfAnEmptiedTableSurvives() {
    MenuService s = freshRouter();
    Persistence p = new Persistence(dir);
    p.attach(s);
    s.add(Session.SYSTEM, PEER, Map.of("name", "x", "address", "192.0.2.9"));
    s.remove(Session.SYSTEM, PEER, List.of("x"));
    ConfigStore store = p.load().orElseThrow().store();
    assertTrue(store.items(PEER).isEmpty());
    MenuService after = new MenuService(SchemaLoader.load(RosVersion.DEFAULT), store);
    assertEquals("*2", after.add(Session.SYSTEM, PEER, Map.of("name", "y", "address", "192.0.2.9")));
  }

  @Test
  void everyCommitIsSavedAndRefusedCommandsAreNot() throws IOException {
    MenuService s = freshRouter();
    Persistence p = new Persistence(dir);
    p.attach(s);
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "p1"));
    assertEquals(1, p.saves());
    byte[] afterAdd = Files.readAllBytes(p.file());
    assertArrayEquals(Persistence.encode(s.store(), RosVersion.DEFAULT), afterAdd);
    assertThrows(MenuException.class, () -> s.add(Session.SYSTEM, PROFILE, Map.of("name", "p1")));
    assertEquals(1, p.saves());
    assertArrayEquals(afterAdd, Files.readAllBytes(p.file()));
    s.set(Session.SYSTEM, PROFILE, List.of("p1"), Map.of("lifebytes", "77"), List.of());
    assertEquals(2, p.saves());
    assertEquals("77", p.load().orElseThrow().store().items(PROFILE).get(1).get("lifebytes"));
    assertTrue(p.lastFailure().isEmpty());
  }

  @Test
  void recordsTheRouterOsVersionThatRan() {
    RosVersion v = RosVersion.parse("7.24");
    MenuService s = new MenuService(SchemaLoader.load(v), new ConfigStore());
    s.installDefaults();
    Persistence p = new Persistence(dir);
    p.attach(s);
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "p1", "ppk", "psk"));
    LoadedConfig loaded = p.load().orElseThrow();
    assertEquals(v, loaded.savedBy());
    assertEquals("psk", loaded.store().items(PROFILE).get(1).get("ppk"));
  }

  private byte[] validFile() throws IOException {
    configured();
    return Files.readAllBytes(dir.resolve(Persistence.FILE_NAME));
  }

  private void assertCorruptAndKept(byte[] content, String reason) throws IOException {
    Path file = dir.resolve(Persistence.FILE_NAME);
    Files.write(file, content);
    Persistence p = new Persistence(dir);
    CorruptConfigException e = assertThrows(CorruptConfigException.class, p::load);
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertEquals(file, e.file());
    assertArrayEquals(content, Files.readAllBytes(file));

    // a router that carries on (with defaults) must not overwrite the file that failed to load
    MenuService s = freshRouter();
    p.attach(s);
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "later"));
    assertThrows(IllegalStateException.class, () -> p.save(s.store()));
    assertArrayEquals(content, Files.readAllBytes(file));
    assertEquals(0, p.saves());
  }

  @Test
  void garbageIsCorrupt() throws IOException {
    assertCorruptAndKept(new byte[] {0x00, (byte) 0xff, 0x13, 0x37, 'x'}, "not valid JSON");
    assertCorruptAndKept("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "not a JSON object");
    assertCorruptAndKept(new byte[0], "empty file");
    assertCorruptAndKept("   \n".getBytes(StandardCharsets.UTF_8), "not a JSON object");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 50, 90, 99})
  void truncatedFileIsCorrupt(int percent) throws IOException {
    byte[] full = validFile();
    byte[] cut = Arrays.copyOf(full, full.length * percent / 100);
    assertCorruptAndKept(cut, "not valid JSON");
  }

  @Test
  void trailingGarbageIsCorrupt() throws IOException {
    byte[] full = validFile();
    byte[] more = Arrays.copyOf(full, full.length + 2);
    more[full.length] = '{';
    more[full.length + 1] = '}';
    assertCorruptAndKept(more, "not valid JSON");
  }

  @Test
  void otherFormatVersionIsCorrupt() throws IOException {
    String text = new String(validFile(), StandardCharsets.UTF_8);
    assertTrue(text.contains("\"format\" : 1,"), text);
    assertCorruptAndKept(
        text.replace("\"format\" : 1,", "\"format\" : 2,").getBytes(StandardCharsets.UTF_8),
        "unsupported format version 2");
    assertCorruptAndKept(
        text.replace("\"format\" : 1,", "").getBytes(StandardCharsets.UTF_8), "no format version");
  }

  /** The saved file with one profile item changed. */
  private byte[] withProfileItem(byte[] file, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(file);
    change.accept((ObjectNode) root.get("tables").get(PROFILE).get("items").get(1));
    return JSON.writeValueAsBytes(root);
  }

  @Test
  void inconsistentContentIsCorrupt() throws IOException {
    byte[] valid = validFile();
    assertCorruptAndKept(withProfileItem(valid, i -> i.put("id", "*1")), "duplicate id *1");
    assertCorruptAndKept(withProfileItem(valid, i -> i.put("id", "*FF")), "not below nextId");
    assertCorruptAndKept(withProfileItem(valid, i -> i.put("id", "two")), "id missing");
    assertCorruptAndKept(withProfileItem(valid, i -> i.remove("values")), "values missing");
    assertCorruptAndKept(
        withProfileItem(valid, i -> ((ObjectNode) i.get("values")).put("lifetime", 3600)),
        "value of lifetime is not a string");
    String text = new String(valid, StandardCharsets.UTF_8);
    assertCorruptAndKept(
        text.replaceFirst("\"routeros\" : \"7.20.8\"", "\"routeros\" : \"seven\"").getBytes(StandardCharsets.UTF_8),
        "bad RouterOS version");
    assertCorruptAndKept(
        text.replaceFirst("\"name\" : \"p1\"", "\"name\" : \"p1\", \"name\" : \"p9\"")
            .getBytes(StandardCharsets.UTF_8),
        "not valid JSON");
    assertCorruptAndKept(
        text.replaceFirst("\"nextId\" : ", "\"nextId\" : -").getBytes(StandardCharsets.UTF_8),
        "nextId missing or not a positive integer");
  }

  @Test
  void unreadableFileIsCorruptAndKept() throws IOException {
    Path file = dir.resolve(Persistence.FILE_NAME);
    Files.createDirectory(file);
    CorruptConfigException e = assertThrows(CorruptConfigException.class, () -> new Persistence(dir).load());
    assertTrue(e.getMessage().contains("can not read"), e.getMessage());
    assertTrue(Files.isDirectory(file));
  }

  @Test
  void movingTheCorruptFileAwayResumesSaving() throws IOException {
    Path file = dir.resolve(Persistence.FILE_NAME);
    Files.writeString(file, "{\"format\": 1, \"routeros\": ");
    Persistence p = new Persistence(dir);
    assertThrows(CorruptConfigException.class, p::load);
    Files.move(file, dir.resolve("config.json.broken"));
    MenuService s = freshRouter();
    p.attach(s);
    s.add(Session.SYSTEM, PROFILE, Map.of("name", "p1"));
    assertEquals(1, p.saves());
    assertEquals(2, p.load().orElseThrow().store().items(PROFILE).size());
  }

  private Set<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(x -> x.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void leftoverTempFilesAreIgnoredAndRemoved() throws IOException {
    byte[] real = validFile();
    // an interrupted save: a half-written temp file, and a complete one whose rename never happened
    Files.write(dir.resolve("config.json.123456.tmp"), Arrays.copyOf(real, real.length / 2));
    MenuService other = freshRouter();
    Files.write(dir.resolve("config.json.987654.tmp"), Persistence.encode(other.store(), RosVersion.DEFAULT));
    Files.writeString(dir.resolve("notes.tmp"), "not ours");

    LoadedConfig loaded = new Persistence(dir).load().orElseThrow();
    assertArrayEquals(real, Persistence.encode(loaded.store(), loaded.savedBy()));
    assertEquals(Set.of("config.json", "notes.tmp"), names());
  }

  @Test
  void tempFileAloneIsNotAConfiguration() throws IOException {
    MenuService other = freshRouter();
    Files.write(dir.resolve("config.json.42.tmp"), Persistence.encode(other.store(), RosVersion.DEFAULT));
    assertEquals(Optional.empty(), new Persistence(dir).load());
    assertFalse(Files.exists(dir.resolve("config.json.42.tmp")));
  }

  @Test
  void savingLeavesNoTempFileBehind() throws IOException {
    configured();
    assertEquals(Set.of("config.json"), names());
  }
}

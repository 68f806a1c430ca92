package io.rosipsec.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading from a fresh resource root: a new board is a data change only, and malformed data fails
 * with a {@link HwProfileException} naming the file and field.
 */
class BoardFileReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  private static ObjectNode builtInBoard(String id) {
    try (InputStream in =
        HwProfiles.class.getClassLoader().getResourceAsStream("io/rosipsec/hw/boards/" + id + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** Writes the built-in catalogue, an index of {@code ids} and the given boards. */
  private HwProfiles load(String defaultId, ObjectNode... boards) throws IOException {
    try (InputStream in =
        HwProfiles.class.getClassLoader().getResourceAsStream("io/rosipsec/hw/packages.json")) {
      write("io/rosipsec/hw/packages.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    ObjectNode index = JSON.createObjectNode().put("default", defaultId);
    ArrayNode list = index.putArray("boards");
    for (ObjectNode b : boards) {
      list.add(b.get("id").asText());
      write("io/rosipsec/hw/boards/" + b.get("id").asText() + ".json", b.toString());
    }
    write(HwProfiles.INDEX, index.toString());
    try (URLClassLoader cl = new URLClassLoader(new URL[] {url()}, null)) {
      return HwProfiles.load(cl);
    }
  }

  private URL url() {
    try {
      return root.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private HwProfileException failure(Consumer<ObjectNode> edit) {
    ObjectNode b = builtInBoard("hex");
    edit.accept(b);
    return assertThrows(HwProfileException.class, () -> load("hex", b));
  }

  @Test
  void aNewBoardIsOnlyData() throws IOException {
    ObjectNode hapAx3 = builtInBoard("hap-ac2");
    hapAx3.put("id", "hap-ax3").put("board-name", "hAP ax^3").put("model", "C53UiG+5HPaxD2HPaxD");
    hapAx3.putArray("aliases").add("hAP ax3");
    ((ObjectNode) hapAx3.get("acceleration")).put("table-row", "IPQ-6010");
    HwProfiles p = load("hap-ax3", builtInBoard("hex"), hapAx3);
    assertEquals(2, p.all().size());
    assertEquals("hap-ax3", p.byBoardName("HAP AX3").orElseThrow().id());
    assertEquals("hap-ax3", p.defaultProfile().id());
    assertEquals("IPQ-6010", p.defaultProfile().acceleration().tableRow());
  }

  @Test
  void unknownFieldIsNamed() {
    HwProfileException e = failure(b -> b.put("cpu-cont", 4));
    assertTrue(e.getMessage().contains("hex.json") && e.getMessage().contains("cpu-cont"), e.getMessage());
  }

  @Test
  void missingFieldIsNamed() {
    HwProfileException e = failure(b -> b.remove("cpu"));
    assertTrue(e.getMessage().contains("'cpu'"), e.getMessage());
  }

  @Test
  void unknownCipherIsNamed() {
    HwProfileException e = failure(b -> ((ArrayNode) b.at("/acceleration/rules/0/ciphers")).add("aes-xts"));
    assertTrue(e.getMessage().contains("aes-xts"), e.getMessage());
  }

  @Test
  void unknownLicenceLevel() {
    HwProfileException e = failure(b -> ((ObjectNode) b.get("licence")).put("factory", "7"));
    assertTrue(e.getMessage().contains("licence"), e.getMessage());
  }

  @Test
  void packageForAnotherArchitecture() {
    HwProfileException e = failure(b -> ((ArrayNode) b.at("/packages/7/available")).add("container"));
    assertTrue(e.getMessage().contains("container") && e.getMessage().contains("mmips"), e.getMessage());
  }

  @Test
  void unknownPackage() {
    HwProfileException e = failure(b -> ((ArrayNode) b.at("/packages/7/available")).add("wireguard"));
    assertTrue(e.getMessage().contains("wireguard"), e.getMessage());
  }

  @Test
  void noteOnAFieldTheFileLacks() {
    HwProfileException e = failure(b -> ((ObjectNode) b.get("notes")).put("revision", "r3"));
    assertTrue(e.getMessage().contains("notes.revision"), e.getMessage());
  }

  @Test
  void negativeMemory() {
    HwProfileException e = failure(b -> b.put("total-memory-bytes", -1));
    assertTrue(e.getMessage().contains("total-memory-bytes"), e.getMessage());
  }

  @Test
  void badSerialFormat() {
    failure(b -> b.put("serial-format", "[57HHH"));
  }

  @Test
  void routerboardWithoutSerialFormat() {
    HwProfileException e = failure(b -> b.remove("serial-format"));
    assertTrue(e.getMessage().contains("serial-format"), e.getMessage());
  }

  @Test
  void majorWithoutPackages() {
    HwProfileException e = failure(b -> ((ObjectNode) b.get("packages")).remove("6"));
    assertTrue(e.getMessage().contains("6"), e.getMessage());
  }

  @Test
  void idMustMatchTheIndex() throws IOException {
    ObjectNode b = builtInBoard("hex");
    write("io/rosipsec/hw/boards/other.json", b.toString());
    load("hex", b);
    write(HwProfiles.INDEX, "{\"default\":\"hex\",\"boards\":[\"other\"]}");
    try (URLClassLoader cl = new URLClassLoader(new URL[] {url()}, null)) {
      HwProfileException e = assertThrows(HwProfileException.class, () -> HwProfiles.load(cl));
      assertTrue(e.getMessage().contains("does not match the index"), e.getMessage());
    }
  }

  @Test
  void twoBoardsClaimingOneName() {
    ObjectNode a = builtInBoard("hex");
    ObjectNode b = builtInBoard("hex").put("id", "hex2");
    HwProfileException e = assertThrows(HwProfileException.class, () -> load("hex", a, b));
    assertTrue(e.getMessage().contains("claimed by both"), e.getMessage());
  }

  @Test
  void unknownDefault() {
    assertThrows(HwProfileException.class, () -> load("ccr9999", builtInBoard("hex")));
  }

  @Test
  void malformedJsonAndMissingFiles() throws IOException {
    write(HwProfiles.INDEX, "{\"default\":\"hex\",\"boards\":[\"hex\"]}");
    try (URLClassLoader cl = new URLClassLoader(new URL[] {url()}, null)) {
      HwProfileException e = assertThrows(HwProfileException.class, () -> HwProfiles.load(cl));
      assertTrue(e.getMessage().contains("packages.json"), e.getMessage());
    }
    load("hex", builtInBoard("hex"));
    write("io/rosipsec/hw/boards/hex.json", "{\"id\": \"hex\",");
    try (URLClassLoader cl = new URLClassLoader(new URL[] {url()}, null)) {
      HwProfileException e = assertThrows(HwProfileException.class, () -> HwProfiles.load(cl));
      assertTrue(e.getMessage().contains("hex.json"), e.getMessage());
    }
  }
}

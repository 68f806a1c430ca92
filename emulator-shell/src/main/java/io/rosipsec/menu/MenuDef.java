package io.rosipsec.menu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One menu of the schema for one RouterOS version: its path, its properties in print order, its commands, flag
 * legend, table columns, default items and export placement. Built by {@link SchemaLoader} from the declarative
 * resource files; nothing else in the project lists a menu's properties.
 *
 * @param path slash path, e.g. {@code /ip/ipsec/peer}
 * @param kind data shape
 * @param props properties in print order (only those that exist in this version)
 * @param commands commands in this version, by name
 * @param flagGroups flag letters grouped as the detail legend groups them
 * @param columns table columns (property names) for {@code print}/{@code brief}; empty = detail style by default
 * @param tableByDefault plain {@code print} renders a table (otherwise detail style)
 * @param exportOrder position in {@code export} (lower first); negative = never exported
 * @param defaultItems items a fresh router holds, as canonical values (reference values by target name)
 * @param autoName prefix for names given when {@code add} has no name ({@code peer} gives {@code peer1})
 * @param ordered items are ordered and movable ({@code move}, {@code place-before})
 * @param defaultSelector how export addresses default items ({@code [ find default=yes ]}, or {@code 0})
 * @param removeDefaultError error text when removing a default item
 * @param duplicateError error text when a unique value is taken
 */
public record MenuDef(
    String path,
    MenuKind kind,
    List<PropDef> props,
    Map<String, CommandDef> commands,
    List<List<String>> flagGroups,
    List<String> columns,
    boolean tableByDefault,
    int exportOrder,
    List<Map<String, String>> defaultItems,
    String autoName,
    boolean ordered,
    String defaultSelector,
    String removeDefaultError,
    String duplicateError) {

  public MenuDef {
    props = List.copyOf(props);
    commands = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(commands));
    flagGroups = List.copyOf(flagGroups);
    columns = List.copyOf(columns);
    defaultItems = List.copyOf(defaultItems);
  }

  public Optional<PropDef> prop(String name) {
    for (PropDef p : props) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The property that names items ({@code name}), if any. */
  public Optional<PropDef> keyProp() {
    return props.stream().filter(PropDef::key).findFirst();
  }

  public boolean hasCommand(String name) {
    return commands.containsKey(name);
  }

  public boolean isList() {
    return kind == MenuKind.LIST || kind == MenuKind.STATUS_LIST;
  }

  public boolean isSingle() {
    return kind == MenuKind.SINGLE || kind == MenuKind.STATUS_SINGLE;
  }

  public boolean readOnly() {
    return kind == MenuKind.STATUS_LIST || kind == MenuKind.STATUS_SINGLE;
  }

  /** Last path segment ({@code peer}). */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Space form used by export and 6.x prompts: {@code /ip ipsec peer}. */
  public String spacePath() {
    return path.replace('/', ' ').replaceFirst("^ ", "/");
  }
}

package io.rosipsec.menu;

import java.util.List;

/**
 * One property (argument) of a menu, declared once in the schema resource files and read by every front end: the
 * console parser and completion, validation, print, export, persistence, the API and REST.
 *
 * @param name kebab-case name as in {@code /console/inspect}
 * @param kind value type
 * @param defaultValue canonical default, or null when the property is optional and unset by default
 * @param values allowed words for ENUM/ENUM_LIST, and special words (e.g. {@code disable-dpd}, {@code none}) for
 *     other kinds
 * @param min lower bound for INT/TIME (TIME in nanoseconds), or null
 * @param max upper bound for INT/TIME, or null
 * @param refMenu target menu path for REF/REF_LIST
 * @param required must be given on {@code add}
 * @param secret sensitive: hidden in export (and in print from 7.21) unless {@code show-sensitive}
 * @param readOnly status value, never settable
 * @param flag flag letter when the property is shown as a flag in console prints (e.g. {@code X} for disabled)
 * @param key the item's name key (unique within the menu)
 * @param unique values must be unique within the menu ({@code failure: already have such ...})
 * @param quoted printed in double quotes in detail prints
 * @param hidden not printed in console print (still in API, export)
 * @param since first version that has the property (inclusive), or null
 * @param until first version that no longer has it (exclusive), or null
 * @param help one help line for {@code ?}
 * @param showDefault console prints show the value even when it is the default
 * @param exported written by {@code export} (false for live values such as the clock's time)
 */
public record PropDef(
    String name,
    PropKind kind,
    String defaultValue,
    List<String> values,
    Long min,
    Long max,
    String refMenu,
    boolean required,
    boolean secret,
    boolean readOnly,
    String flag,
    boolean key,
    boolean unique,
    boolean quoted,
    boolean hidden,
    String since,
    String until,
    String help,
    boolean showDefault,
    boolean exported) {

  public PropDef {
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** Whether the property exists in the given RouterOS version. */
  public boolean existsIn(RosVersion v) {
    return (since == null || v.atLeast(since)) && (until == null || v.below(until));
  }

  public boolean optional() {
    return defaultValue == null;
  }

  public boolean isFlag() {
    return flag != null;
  }

  /**
   * Whether an empty value given for this property clears it instead of storing {@code ""}: optional, single-valued,
   * settable and not the item's name ({@code comment=}, a peer's {@code address=}), as every RouterOS front end does.
   */
  public boolean emptyClears() {
    return optional() && !isList() && !readOnly() && !key() && !required();
  }

  /** A property that is a list (its values are comma separated). */
  public boolean isList() {
    return kind == PropKind.ENUM_LIST || kind == PropKind.REF_LIST || kind == PropKind.STRING_LIST;
  }
}

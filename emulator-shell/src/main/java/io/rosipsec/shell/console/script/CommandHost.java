package io.rosipsec.shell.console.script;

/**
 * The menu side of the console: the interpreter knows no menu and hands every {@link
 * MenuStatement} to this host (implemented over the menu schema and {@code MenuService}).
 *
 * <p>Errors the host throws propagate with their text unchanged (a {@code :do {...}
 * on-error={...}} catches them). A statement that only names a path ({@code /ip ipsec}) changes the
 * current menu through {@link Interpreter#setCwd}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/328134/Command+Line+Interface">
 *     RouterOS Command Line Interface</a>
 */
public interface CommandHost {
  /**
   * Runs one menu statement. cwd = current menu path (e.g. "/ip/ipsec/peer", "" for root). The host
   * resolves the path/command words against the menu schema and, to evaluate argument values,
   * calls back interp.evaluate(valueNode, scope, resolvedMenuPath) so that a nested [find ...] runs
   * in that menu. Returns the command's value (e.g. the new *id after add, id list after find,
   * nothing for set).
   *
   * @param statement the words as typed, with positions
   * @param interp the calling interpreter (for {@code evaluate}, {@code parseWhere}, {@code
   *     matches})
   * @param scope the scope the statement runs in
   * @param cwd the current menu path
   * @return the command's value, {@link NilValue#NOTHING} if it has none
   * @throws ScriptException with the RouterOS message text (and position for parse-type errors)
   */
  RosValue run(MenuStatement statement, Interpreter interp, Scope scope, String cwd)
      throws ScriptException;
}

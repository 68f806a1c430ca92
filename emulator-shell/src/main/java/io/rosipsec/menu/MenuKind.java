package io.rosipsec.menu;

/** How a menu holds its data. */
public enum MenuKind {
  /** A directory: only children, no items ({@code /ip/ipsec}). */
  DIR,
  /** A list of configuration items with internal ids ({@code /ip/ipsec/peer}). */
  LIST,
  /** One set of values ({@code /ip/ipsec/settings}, {@code /system/identity}). */
  SINGLE,
  /** A read-only list computed live by a {@link StatusProvider} ({@code /ip/ipsec/installed-sa}). */
  STATUS_LIST,
  /** A read-only set of values computed live ({@code /ip/ipsec/statistics}, {@code /system/resource}). */
  STATUS_SINGLE
}

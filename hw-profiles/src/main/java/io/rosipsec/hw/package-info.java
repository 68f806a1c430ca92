/**
 * Board data: per-model identity, ESP acceleration tables, licences and packages.
 *
 * <p>Entry point: {@link io.rosipsec.hw.HwProfiles#builtIn()}, then {@code byBoardName(..)} or
 * {@code defaultProfile()}. Each board is one JSON file under {@code io/rosipsec/hw/boards/}
 * listed in {@code boards/index.json}; packages and the menus they provide are in {@code
 * io/rosipsec/hw/packages.json}. Javadoc and data files cite the project's research notes as
 * {@code hw-profiles.md §n} / {@code routeros-cli.md §n}; the facts those citations rest on, with
 * the original public sources (RouterOS manual pages, MikroTik product matrix), are copied into
 * {@code io/rosipsec/hw/SOURCES.md}.
 */
package io.rosipsec.hw;

package io.rosipsec.menu;

/**
 * A configuration read back by {@link Persistence#load()}: the items of every menu with their RouterOS ids, order and
 * id counters, and the RouterOS version the router ran when it saved them (a different current version means the
 * router was upgraded or downgraded, as with a RouterOS package change that keeps the configuration).
 */
public record LoadedConfig(RosVersion savedBy, ConfigStore store) {}

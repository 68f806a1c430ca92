/** Board data: per-model identity, ESP acceleration tables, licences and packages. */
package io.rosipsec.hw;

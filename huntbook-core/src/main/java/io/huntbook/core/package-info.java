/**
 * Huntbook's shared foundation: configuration and secret references, value types (time spans, severities, IoC types), reading tables from files and entities.
 */
@NullMarked
package io.huntbook.core;

import org.jspecify.annotations.NullMarked;

/**
 * The huntbook command line: one registry of subcommands, the global options, stream rules, exit codes and output shapes.
 */
@NullMarked
package io.huntbook.cli;

import org.jspecify.annotations.NullMarked;

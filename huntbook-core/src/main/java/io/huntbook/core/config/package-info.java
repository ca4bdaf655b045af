/**
 * Configuration: {@code huntbook.yaml}, or an existing {@code msticpyconfig.yaml} read as it is, as one typed model
 * that every module reads its section from ({@link io.huntbook.core.config.HuntbookConfig}); secret references
 * ({@code {EnvironmentVar: NAME}}, {@code {File: path}}, {@code {KeyVault: vault/secret}}) resolved only when used,
 * through a resolver SPI ({@link io.huntbook.core.config.SecretResolver}); and the checks behind
 * {@code huntbook config check}. Every node keeps its file and line, so errors read
 * {@code file:line: key.path: what is wrong: how to fix}. Secret values never appear in messages, logs or output.
 */
@NullMarked
package io.huntbook.core.config;

import org.jspecify.annotations.NullMarked;

/**
 * What the REST query providers share: an HTTP client that honours {@code Retry-After} and never shows credentials
 * ({@link io.huntbook.data.http.RestClient}), its settings from the configuration ({@link io.huntbook.data.http.HttpSettings}),
 * and typed result columns ({@link io.huntbook.data.http.FrameBuilder}) that map each vendor's column types to DFLib.
 */
@NullMarked
package io.huntbook.data.http;

import org.jspecify.annotations.NullMarked;

/**
 * What every vendor threat-intel provider shares: its settings read from a {@code TIProviders} entry (base URL, API
 * key as a secret reference, rate limits, TLP), an HTTP client that maps the vendor's answers to verdicts or to
 * {@link io.huntbook.enrich.ti.TiProviderException}s the engine retries or reports, and a base class. The API key is
 * revealed for each request and never appears in a log line or an error message.
 */
@NullMarked
package io.huntbook.enrich.ti.vendor;

import org.jspecify.annotations.NullMarked;

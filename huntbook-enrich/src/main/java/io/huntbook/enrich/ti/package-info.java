/**
 * Threat-intelligence lookups: the engine that sends indicators to providers (concurrently, within each provider's
 * rate limits, with retries, caching and TLP gating) and returns MSTICPy's result columns; the provider SPI; the
 * local list provider.
 */
@NullMarked
package io.huntbook.enrich.ti;

import org.jspecify.annotations.NullMarked;

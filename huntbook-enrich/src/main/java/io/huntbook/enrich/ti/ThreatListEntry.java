package io.huntbook.enrich.ti;

import io.huntbook.core.Severity;
import org.jspecify.annotations.Nullable;

/** One indicator of a local threat list: value, type (null = any), severity and what the list says about it. */
public record ThreatListEntry(String ioc, @Nullable String iocType, Severity severity, @Nullable String description,
        @Nullable String reference, @Nullable String source) {}

package io.huntbook.enrich.ti;

import org.jspecify.annotations.Nullable;

/** One indicator as sent to a provider: its (refanged) value, its IoC type and an optional query subtype. */
public record TiQuery(String ioc, String iocType, @Nullable String subtype) {}

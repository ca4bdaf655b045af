/**
 * The notebook's {@code hb} session ({@link io.huntbook.session.Session}): the query catalog and providers, threat
 * intelligence, GeoIP, whois and secrets, bound to the configuration the engine was started with and loaded on first
 * use. Every Java engine whose class path holds this module imports {@code Session.hb} statically.
 */
@NullMarked
package io.huntbook.session;

import org.jspecify.annotations.NullMarked;

/** The HTTP API (Javalin): runs, templates, health and metrics. */
@NullMarked
package io.huntbook.server.http;

import org.jspecify.annotations.NullMarked;

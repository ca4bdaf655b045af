/** Bearer tokens (stored hashed) and roles. */
@NullMarked
package io.huntbook.server.auth;

import org.jspecify.annotations.NullMarked;

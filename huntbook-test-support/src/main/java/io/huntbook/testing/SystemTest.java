package io.huntbook.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that needs an external program (Debian's Jupyter tools, PostgreSQL, Chromium). It runs only with the
 * {@code system} Maven profile, and then a missing program fails it: use {@link ExternalPrograms#require}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("system")
public @interface SystemTest {}

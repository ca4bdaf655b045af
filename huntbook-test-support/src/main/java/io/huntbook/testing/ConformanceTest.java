package io.huntbook.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test over the reference data in {@code ../shared/testdata}. It runs only with the {@code conformance} Maven
 * profile, and then a missing file fails it: use {@link TestData#path}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("conformance")
public @interface ConformanceTest {}

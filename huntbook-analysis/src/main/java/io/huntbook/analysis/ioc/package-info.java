/**
 * Indicator-of-compromise extraction: {@link io.huntbook.analysis.ioc.IocExtractor} finds IP addresses, domains,
 * URLs, emails, paths, hashes, CVE ids, MAC addresses and registry keys in text and in table columns, in time linear
 * in the input, defanged or not. Names and collision rules follow MSTICPy's {@code IoCExtract}; the differences are
 * listed in {@code docs/ioc-extraction.md}.
 */
@NullMarked
package io.huntbook.analysis.ioc;

import org.jspecify.annotations.NullMarked;

/**
 * The query catalog: MSTICPy's query YAML files read unchanged, validated with MSTICPy's rules and rendered with
 * its parameter rules, per data environment. Entry points: {@link io.huntbook.data.catalog.QueryCatalog#load} and
 * {@link io.huntbook.data.catalog.Queries}.
 */
@NullMarked
package io.huntbook.data.catalog;

import org.jspecify.annotations.NullMarked;

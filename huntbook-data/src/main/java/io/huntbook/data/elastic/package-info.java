/** Elasticsearch and OpenSearch: ES|QL, and {@code _search} with every page (point in time and search_after, or scroll). */
@NullMarked
package io.huntbook.data.elastic;

import org.jspecify.annotations.NullMarked;

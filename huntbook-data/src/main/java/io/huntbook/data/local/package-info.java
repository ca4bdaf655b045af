/**
 * LocalData: CSV, JSON lines, JSON, Parquet files and folders and OTRF Security-Datasets archives as tables, queried with SQL on embedded DuckDB.
 */
@NullMarked
package io.huntbook.data.local;

import org.jspecify.annotations.NullMarked;

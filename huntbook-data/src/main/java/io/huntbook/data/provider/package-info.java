/**
 * Query providers: the SPI every data source implements (connect, query, schema), parameter binding that makes injection impossible, typed DataFrames from JDBC results, and the generic JDBC provider.
 */
@NullMarked
package io.huntbook.data.provider;

import org.jspecify.annotations.NullMarked;

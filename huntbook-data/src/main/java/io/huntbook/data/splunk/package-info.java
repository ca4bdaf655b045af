/** Splunk through its REST API: search jobs, every page of their results, token or user and password. */
@NullMarked
package io.huntbook.data.splunk;

import org.jspecify.annotations.NullMarked;

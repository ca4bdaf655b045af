/** How DFLib frames show in notebooks: an HTML table plus text, and JSON records for scraps. */
@NullMarked
package io.huntbook.data.render;

import org.jspecify.annotations.NullMarked;

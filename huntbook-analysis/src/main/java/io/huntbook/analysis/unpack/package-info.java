/**
 * Encoded-content unpacking: base64 (MSTICPy's candidates), PowerShell {@code -EncodedCommand}, hex and URL
 * encoding, gzip, zip and tar members, decoded recursively within limits, each item typed and hashed.
 * Start at {@link io.huntbook.analysis.unpack.Unpacker}.
 */
@NullMarked
package io.huntbook.analysis.unpack;

import org.jspecify.annotations.NullMarked;

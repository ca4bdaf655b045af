/**
 * The Jupyter messaging protocol 5.3 on the wire: messages ({@link io.huntbook.kernel.jupyter.wire.Message}), their
 * multipart framing with identities, the {@code <IDS|MSG>} delimiter and HMAC-SHA256 signatures
 * ({@link io.huntbook.kernel.jupyter.wire.WireCodec}), connection files
 * ({@link io.huntbook.kernel.jupyter.wire.ConnectionInfo}) and JeroMQ sockets that speak them
 * ({@link io.huntbook.kernel.jupyter.wire.MessageSocket}).
 */
@NullMarked
package io.huntbook.kernel.jupyter.wire;

import org.jspecify.annotations.NullMarked;

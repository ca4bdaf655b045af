package io.huntbook.kernel.java;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The cells' standard input: none in an unattended run (a read is an error that says why, never a hang), or what an
 * interactive front end supplies.
 */
final class SwitchableStdin extends InputStream {
    private volatile @Nullable InputStream source;

    void source(@Nullable InputStream newSource) {
        this.source = newSource;
    }

    @Override
    public int read() throws IOException {
        InputStream current = source;
        if (current == null) {
            throw new IOException("standard input is not available: the notebook runs unattended");
        }
        return current.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        InputStream current = source;
        if (current == null) {
            throw new IOException("standard input is not available: the notebook runs unattended");
        }
        return current.read(buffer, offset, length);
    }
}

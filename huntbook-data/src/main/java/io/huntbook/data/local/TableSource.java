package io.huntbook.data.local;

import java.nio.file.Path;
import java.util.List;

/** One LocalData table: its name, its format and the files it reads (one file, or every file of a folder). */
record TableSource(String name, SourceFormat format, Path origin, List<Path> files) {
    TableSource {
        files = List.copyOf(files);
    }
}

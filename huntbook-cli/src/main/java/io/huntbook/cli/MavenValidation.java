package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.kernel.magic.MagicException;
import io.huntbook.kernel.magic.MagicOptions;
import io.huntbook.kernel.magic.MavenPins;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code %maven} part of validating an unattended run: every {@code %maven} line of the notebook is resolved
 * (or its pin reused) before the run starts, and the engine then runs in {@link MagicOptions.Mode#PINNED} mode, so
 * a run never resolves mid-way and two runs of one template use the same jars.
 */
final class MavenValidation {
    private MavenValidation() {}

    /** The magic options of unattended engines. */
    static MagicOptions unattended() {
        return MagicOptions.defaults().withMode(MagicOptions.Mode.PINNED);
    }

    /**
     * Pins the {@code %maven} lines of {@code notebook}.
     *
     * @param source names the notebook or job in the one-line error
     */
    static void pin(Notebook notebook, Path workingDirectory, String source) {
        List<String> cells = notebook.cells().stream().filter(CodeCell.class::isInstance)
                .map(c -> ((CodeCell) c).source()).filter(s -> s.contains("%maven") || s.contains("%load")).toList();
        if (cells.isEmpty()) {
            return;
        }
        try {
            MavenPins.of(unattended()).pinAll(cells, workingDirectory);
        } catch (MagicException e) {
            throw new BadInputException(source + ": " + e.getMessage(), e);
        }
    }
}

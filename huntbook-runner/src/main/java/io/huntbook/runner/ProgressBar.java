package io.huntbook.runner;

import io.huntbook.notebook.Cell;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** A one-line progress bar on a terminal (stderr), redrawn as cells finish, like papermill's. */
public final class ProgressBar implements RunListener {
    private static final int WIDTH = 30;

    private final PrintStream terminal;
    private int total;
    private int done;
    private Instant started = Instant.now();

    public ProgressBar(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void runStarted(int cellCount) {
        total = cellCount;
        started = Instant.now();
        draw();
    }

    @Override
    public synchronized void cellFinished(int index, Cell cell, String status) {
        done = index + 1;
        draw();
    }

    @Override
    public synchronized void runFinished(RunResult result) {
        terminal.print("\n");
        terminal.flush();
    }

    private void draw() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        int percent = total == 0 ? 100 : done * 100 / total;
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        terminal.print(String.format("\rExecuting: %3d%%|%s%s| %d/%d [%.1fs]", percent, "█".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, seconds));
        terminal.flush();
    }
}

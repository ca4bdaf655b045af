package io.huntbook.kernel.java;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects a cell's outputs for assertions. */
final class Recorder implements OutputListener {
    final List<EngineOutput> outputs = new ArrayList<>();

    /**
     * Runs {@code code} on {@code engine} (one minute at most); the outcome's status and message are recorded as the
     * streams "outcome" and "message".
     */
    static Recorder run(JavaEngine engine, String code) {
        Recorder recorder = new Recorder();
        CellOutcome outcome = engine.execute(code, recorder, java.time.Duration.ofSeconds(60));
        recorder.outputs.add(new EngineOutput.Stream("outcome", outcome.status().name()));
        recorder.outputs.add(new EngineOutput.Stream("message", outcome.message()));
        return recorder;
    }

    @Override
    public synchronized void output(EngineOutput output) {
        outputs.add(output);
    }

    synchronized String stream(String name) {
        return outputs.stream().filter(o -> o instanceof EngineOutput.Stream s && s.name().equals(name))
                .map(o -> ((EngineOutput.Stream) o).text()).collect(Collectors.joining());
    }

    synchronized EngineOutput.Error error() {
        return outputs.stream().filter(EngineOutput.Error.class::isInstance).map(EngineOutput.Error.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no error output in " + outputs));
    }

    synchronized List<EngineOutput.Display> displays() {
        return outputs.stream().filter(EngineOutput.Display.class::isInstance).map(EngineOutput.Display.class::cast)
                .toList();
    }

    synchronized EngineOutput.Result result() {
        return outputs.stream().filter(EngineOutput.Result.class::isInstance).map(EngineOutput.Result.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no result in " + outputs));
    }
}

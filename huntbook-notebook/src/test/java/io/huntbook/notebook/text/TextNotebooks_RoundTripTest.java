package io.huntbook.notebook.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.Notebook;
import io.huntbook.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Any notebook survives ipynb → text → ipynb with its cell types, sources, titles, tags and kernel. */
class TextNotebooks_RoundTripTest {
    private static final String[] PIECES = {"int x = 1;", "// %%", "# %%", "%maven a:b:1", "%%time", "!ls", "",
        "  indented", "é 😀 中", "\"quoted\" \\ back", "\t", "---", "// ---", "# ---", "[markdown]", "x\r", "tags=[1]",
        "/* block */", "\"\"\"", "#", "//", "% not magic", "%%%x"};

    @Test
    void sourcesTagsTitlesAndKernelSurviveEveryFormat() {
        PropertyCheck.forAll(200, TextNotebooks_RoundTripTest::notebook, notebook -> {
            for (TextFormat format : TextFormat.values()) {
                String text = TextNotebooks.write(notebook, format);
                Notebook back = TextNotebooks.read(text, format);
                assertThat(back.cells()).as(format + ":\n" + text).hasSameSizeAs(notebook.cells());
                for (int i = 0; i < notebook.cells().size(); i++) {
                    Cell expected = notebook.cell(i);
                    Cell actual = back.cell(i);
                    assertThat(actual.cellType()).as("%s cell %d:\n%s", format, i, text).isEqualTo(expected.cellType());
                    assertThat(actual.source()).as("%s cell %d:\n%s", format, i, text).isEqualTo(expected.source());
                    assertThat(actual.metadata()).as("%s cell %d:\n%s", format, i, text).isEqualTo(expected.metadata());
                }
                assertThat(back.kernelspec()).isEqualTo(notebook.kernelspec());
                assertThat(back.metadata().get("language_info")).isEqualTo(notebook.metadata().get("language_info"));
            }
        });
    }

    private static Notebook notebook(SplittableRandom r) {
        List<Cell> cells = new ArrayList<>();
        int count = r.nextInt(6);
        for (int i = 0; i < count; i++) {
            String source = source(r);
            Cell cell = switch (r.nextInt(3)) {
                case 0 -> Cell.code(source);
                case 1 -> Cell.markdown(source);
                default -> Cell.raw(source);
            };
            if (r.nextBoolean()) {
                cell = cell.withTag(r.nextBoolean() ? Cell.PARAMETERS_TAG : "t " + PIECES[r.nextInt(PIECES.length)]);
            }
            if (r.nextInt(3) == 0) {
                String title = r.nextBoolean() ? "Step " + i : PIECES[r.nextInt(PIECES.length)];
                cell = cell.editMetadata(m -> m.put("title", title));
            }
            if (r.nextInt(4) == 0) {
                cell = cell.editPapermill(p -> p.put("duration", r.nextDouble()).putNull("exception"));
            }
            cells.add(cell);
        }
        Notebook notebook = Notebook.of(cells);
        return switch (r.nextInt(3)) {
            case 0 -> notebook.withKernelspec(Kernelspec.HUNTBOOK);
            case 1 -> notebook.withKernelspec(new Kernelspec("python3", "Python 3", "python"))
                    .editMetadata(m -> m.putObject("language_info").put("name", "python").put("version", "3.11.2"));
            default -> notebook.withKernelspec(new Kernelspec("ir", "R é", "R"));
        };
    }

    private static String source(SplittableRandom r) {
        int lines = r.nextInt(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                text.append(' ').append(PIECES[r.nextInt(PIECES.length)]);
            }
        }
        if (r.nextInt(4) == 0) {
            text.append('\n');
        }
        return text.toString();
    }
}

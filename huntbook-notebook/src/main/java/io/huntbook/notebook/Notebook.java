package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A Jupyter notebook (nbformat 4), as an immutable value. {@link Notebooks#read} gives one, upgraded to 4.5 with a
 * cell id on every cell; {@link Notebooks#write} writes it exactly as {@code nbformat.write} would.
 *
 * <p>The JSON objects it holds belong to it and must not be changed in place: use {@link #editMetadata} and the
 * {@code with...} methods. {@link #extra()} keeps top-level fields nbformat does not define.
 *
 * @param nbformat the major version, always 4
 * @param nbformatMinor the minor version: 5 for notebooks read from 4.0 to 4.5, or a newer minor as read
 * @param finalNewline whether the file ends with a newline after the JSON: {@code nbformat.write} (Jupyter) adds one,
 *     papermill writes {@code nbformat.writes} without it. Kept from the file read, so a round trip leaves no diff;
 *     new notebooks get one.
 */
public record Notebook(int nbformat, int nbformatMinor, ObjectNode metadata, List<Cell> cells, ObjectNode extra,
        boolean finalNewline) {
    /** The major version this model reads and writes. */
    public static final int NBFORMAT = 4;
    /** The minor version this model writes. */
    public static final int NBFORMAT_MINOR = 5;

    public Notebook {
        if (nbformat != NBFORMAT) {
            throw new IllegalArgumentException("nbformat must be 4, not " + nbformat);
        }
        if (nbformatMinor < NBFORMAT_MINOR) {
            throw new IllegalArgumentException("nbformat_minor must be 5 or more (read older notebooks with Notebooks.read,"
                    + " which upgrades them), not " + nbformatMinor);
        }
        Objects.requireNonNull(metadata, "metadata");
        cells = List.copyOf(cells);
        Objects.requireNonNull(extra, "extra");
    }

    /** A 4.5 notebook with these cells and empty metadata. */
    public static Notebook of(List<? extends Cell> cells) {
        return new Notebook(NBFORMAT, NBFORMAT_MINOR, Json.object(), List.copyOf(cells), Json.object(), true);
    }

    /** A 4.5 notebook with these cells and Huntbook's Java kernelspec and language_info (DESIGN.md §6.B). */
    public static Notebook java(List<? extends Cell> cells) {
        return of(cells).withKernelspec(Kernelspec.HUNTBOOK).withLanguageInfo(LanguageInfo.java());
    }

    public Notebook withCells(List<? extends Cell> newCells) {
        return new Notebook(nbformat, nbformatMinor, metadata, List.copyOf(newCells), extra, finalNewline);
    }

    public Notebook withMetadata(ObjectNode newMetadata) {
        return new Notebook(nbformat, nbformatMinor, newMetadata, cells, extra, finalNewline);
    }

    /** A copy that ends (or not) with a newline when written. */
    public Notebook withFinalNewline(boolean newline) {
        return new Notebook(nbformat, nbformatMinor, metadata, cells, extra, newline);
    }

    /** A copy whose metadata is a copy of this one's, changed by {@code edit}. */
    public Notebook editMetadata(Consumer<ObjectNode> edit) {
        ObjectNode copy = metadata.deepCopy();
        edit.accept(copy);
        return withMetadata(copy);
    }

    /** The cell at {@code index}. */
    public Cell cell(int index) {
        return cells.get(index);
    }

    /** A copy with the cell at {@code index} replaced. */
    public Notebook withCell(int index, Cell cell) {
        List<Cell> all = new ArrayList<>(cells);
        all.set(index, cell);
        return withCells(all);
    }

    /** A copy with {@code cell} inserted at {@code index} (0 to {@code cells().size()}). */
    public Notebook insertCell(int index, Cell cell) {
        List<Cell> all = new ArrayList<>(cells);
        all.add(index, cell);
        return withCells(all);
    }

    /** A copy without the cell at {@code index}. */
    public Notebook removeCell(int index) {
        List<Cell> all = new ArrayList<>(cells);
        all.remove(index);
        return withCells(all);
    }

    /** A copy with every cell passed through {@code change}. */
    public Notebook mapCells(UnaryOperator<Cell> change) {
        return withCells(cells.stream().map(change).toList());
    }

    /** The index of the first cell with {@code tag}. */
    public OptionalInt indexOfTag(String tag) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).hasTag(tag)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the cell with this id. */
    public OptionalInt indexOfId(String id) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).id().equals(id)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code metadata.kernelspec}, when present with a name. */
    public Optional<Kernelspec> kernelspec() {
        return Kernelspec.from(metadata.get("kernelspec"));
    }

    /** A copy whose {@code metadata.kernelspec} is {@code spec} (other kernelspec fields are dropped). */
    public Notebook withKernelspec(Kernelspec spec) {
        return editMetadata(m -> m.set("kernelspec", spec.toJson()));
    }

    /** {@code metadata.language_info}, when present with a name. */
    public Optional<LanguageInfo> languageInfo() {
        return LanguageInfo.from(metadata.get("language_info"));
    }

    /** A copy whose {@code metadata.language_info} is {@code info}. */
    public Notebook withLanguageInfo(LanguageInfo info) {
        return editMetadata(m -> m.set("language_info", info.toJson()));
    }

    /** The notebook's language as papermill finds it: {@code language_info.name}, else {@code kernelspec.language}. */
    public Optional<String> language() {
        Optional<String> fromInfo = languageInfo().map(LanguageInfo::name);
        if (fromInfo.isPresent()) {
            return fromInfo;
        }
        return kernelspec().map(Kernelspec::language);
    }

    /** {@code metadata.papermill}, when present and an object. */
    public Optional<ObjectNode> papermill() {
        JsonNode node = metadata.get("papermill");
        return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    /** A copy whose {@code metadata.papermill} (created when missing) is changed by {@code edit}. */
    public Notebook editPapermill(Consumer<ObjectNode> edit) {
        return editMetadata(m -> edit.accept(Json.objectField(m, "papermill")));
    }
}

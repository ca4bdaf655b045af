package io.huntbook.runtime;

import java.awt.image.RenderedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The functions notebook code calls; every Java engine imports them statically. Outputs go to the installed
 * {@link OutputSink} (the engine's side channel); scraps use scrapbook's wire format, so papermill's and scrapbook's
 * readers see them.
 */
public final class NotebookRuntime {
    private NotebookRuntime() {}

    /** The MIME type of a scrap written with the {@code json} encoder. */
    public static final String SCRAP_JSON = "application/scrapbook.scrap.json+json";
    /** The MIME type of a scrap written with the {@code text} encoder. */
    public static final String SCRAP_TEXT = "application/scrapbook.scrap.text+json";

    /**
     * The notebook's {@code hb} session (configuration, secrets, services), reached through the engine's static import
     * of this class: a field, so the prelude needs no snippet of its own. Creating it loads nothing.
     */
    public static final Huntbook hb = Huntbook.session();

    private static volatile OutputSink sink = new StdoutSink();
    private static volatile Consumer<String> secretListener = value -> { };

    /** Installs where outputs go; the engine's agent calls this once before user code runs. */
    public static void installSink(OutputSink outputSink) {
        sink = Objects.requireNonNull(outputSink, "outputSink");
    }

    /**
     * Installs who learns each secret value {@link #secret} reveals, before the notebook sees it: the engine's agent
     * tells the host, which then redacts the value from everything the run writes.
     */
    public static void installSecretListener(Consumer<String> listener) {
        secretListener = Objects.requireNonNull(listener, "listener");
    }

    /** The rich form of {@code value}: registered renderers first, then built-ins, then {@code toString()}. */
    public static MimeBundle render(Object value) {
        return Renderers.render(value);
    }

    /** Shows {@code value} in its richest form. */
    public static void display(Object value) {
        sink.publish(render(value), null, false);
    }

    /** Shows {@code value} with only the given MIME types (plus {@code text/plain}, which every output keeps). */
    public static void display(Object value, String... mimeTypes) {
        sink.publish(render(value).only(mimeTypes), null, false);
    }

    /** Shows a raw bundle; {@code data} must hold {@code text/plain}. */
    public static void displayBundle(Map<String, ?> data) {
        displayBundle(data, Map.of());
    }

    /** Shows a raw bundle with metadata; {@code data} must hold {@code text/plain}. */
    public static void displayBundle(Map<String, ?> data, Map<String, ?> metadata) {
        sink.publish(MimeBundle.of(data, metadata), null, false);
    }

    /** Shows {@code value} under {@code displayId}, so {@link #updateDisplay} can replace it later. */
    public static void displayWithId(String displayId, Object value) {
        sink.publish(render(value), requireId(displayId), false);
    }

    /** Replaces every output shown under {@code displayId} with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        sink.publish(render(value), requireId(displayId), true);
    }

    /** Shows Markdown. */
    public static void md(String markdown) {
        sink.publish(MimeBundle.builder(markdown).put("text/markdown", markdown).build(), null, false);
    }

    /** Shows HTML; the plain-text form is the HTML without its tags. */
    public static void html(String html) {
        sink.publish(MimeBundle.builder(PlainText.ofHtml(html)).put("text/html", html).build(), null, false);
    }

    /** Shows an image given as PNG, JPEG, GIF or SVG bytes (the type is read from the bytes). */
    public static void image(byte[] bytes) {
        String type = Renderers.Images.mimeType(bytes);
        if (type == null) {
            throw new IllegalArgumentException("not a PNG, JPEG, GIF or SVG image (" + bytes.length + " bytes)");
        }
        sink.publish(Renderers.Images.bundle(bytes, type), null, false);
    }

    /** Shows an image (for example a {@code BufferedImage}) as PNG. */
    public static void image(RenderedImage image) {
        sink.publish(Renderers.Images.bundle(Renderers.Images.png(image), "image/png"), null, false);
    }

    /**
     * Records a scrap that scrapbook and Huntbook read back from the output notebook: a {@code String} with the
     * {@code text} encoder, any other value with {@code json} (tables as records). Nothing visible is shown.
     */
    public static void glue(String name, Object value) {
        glue(name, value, false);
    }

    /** Records a scrap and, when {@code display} is true, also shows the value under the scrap's name. */
    public static void glue(String name, Object value, boolean display) {
        Objects.requireNonNull(name, "name");
        boolean text = value instanceof CharSequence;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", name);
        payload.put("data", text ? value.toString() : value);
        payload.put("encoder", text ? "text" : "json");
        payload.put("version", 1);
        // scrapbook's data output carries only the scrap type: viewers show nothing, readers find the data.
        sink.publish(MimeBundle.scrap(text ? SCRAP_TEXT : SCRAP_JSON, payload, scrapMetadata(name, true)), null,
                false);
        if (display) {
            MimeBundle shown = render(value);
            MimeBundle.Builder withName = MimeBundle.builder(shown.plainText());
            shown.data().forEach(withName::put);
            shown.metadata().forEach(withName::metadata);
            scrapMetadata(name, false).forEach(withName::metadata);
            sink.publish(withName.build(), null, false);
        }
    }

    /**
     * The value of the secret {@code name} from the configuration, a key path such as
     * {@code TIProviders.OTX.Args.AuthKey} whose value is a secret reference ({@code {EnvironmentVar: NAME}},
     * {@code {File: path}}, {@code {KeyVault: ...}}), resolved now. Never from a parameter, so it is never written into
     * the notebook; in an engine, the value is redacted from every output of the run, even when a cell prints it.
     *
     * @throws SecretUnavailableException when no installed source defines it, or it cannot be read
     */
    public static String secret(String name) {
        Objects.requireNonNull(name, "name");
        boolean anySource = false;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (SecretSource source : ServiceLoader.load(SecretSource.class,
                context == null ? NotebookRuntime.class.getClassLoader() : context)) {
            anySource = true;
            var value = source.secret(name);
            if (value.isPresent()) {
                secretListener.accept(value.get());
                return value.get();
            }
        }
        throw new SecretUnavailableException(anySource
                ? "no secret named '" + name + "' in the configuration: give a key path such as"
                        + " TIProviders.OTX.Args.AuthKey whose value is {EnvironmentVar: NAME}, {File: path} or"
                        + " {KeyVault: vault/secret}"
                : "secret('" + name + "'): no secret source is installed (huntbook-data, which reads the"
                        + " configuration's secret references, is not on the notebook's class path)");
    }

    private static Map<String, Object> scrapMetadata(String name, boolean data) {
        Map<String, Object> scrapbook = new LinkedHashMap<>();
        scrapbook.put("name", name);
        scrapbook.put("data", data);
        scrapbook.put("display", !data);
        return Map.of("scrapbook", scrapbook);
    }

    private static String requireId(String displayId) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("a display id must not be empty");
        }
        return displayId;
    }

    /** Writes each output's plain text to standard output: the behaviour outside a notebook engine. */
    private static final class StdoutSink implements OutputSink {
        @Override
        public void publish(MimeBundle bundle, String displayId, boolean update) {
            if (!bundle.data().containsKey(MimeBundle.TEXT_PLAIN)) {
                return; // a scrap: nothing to show
            }
            System.out.println(bundle.plainText());
        }
    }
}

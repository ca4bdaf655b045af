package io.huntbook.runtime;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;

/** The registered renderers plus the built-in ones, and the fallback to {@code toString()}. */
final class Renderers {
    private Renderers() {}

    private static volatile List<Renderer> registered;

    static MimeBundle render(Object value) {
        if (value == null) {
            return MimeBundle.text("null");
        }
        if (value instanceof MimeBundle bundle) {
            return bundle;
        }
        for (Renderer renderer : registered()) {
            Optional<MimeBundle> bundle = renderer.render(value);
            if (bundle.isPresent()) {
                return bundle.get();
            }
        }
        return builtIn(value);
    }

    static Optional<Object> toJson(Object value) {
        for (Renderer renderer : registered()) {
            Optional<Object> json = renderer.toJson(value);
            if (json.isPresent()) {
                return json;
            }
        }
        return Optional.empty();
    }

    private static MimeBundle builtIn(Object value) {
        if (value instanceof CharSequence text) {
            return MimeBundle.text(text.toString());
        }
        if (value instanceof byte[] bytes) {
            String type = Images.mimeType(bytes);
            return type == null ? MimeBundle.text("byte[" + bytes.length + "]") : Images.bundle(bytes, type);
        }
        if (value instanceof RenderedImage image) {
            return Images.bundle(Images.png(image), "image/png");
        }
        if (value.getClass().isArray()) {
            return MimeBundle.text(Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", ""));
        }
        return MimeBundle.text(String.valueOf(value));
    }

    private static List<Renderer> registered() {
        List<Renderer> result = registered;
        if (result == null) {
            result = load();
            registered = result;
        }
        return result;
    }

    private static List<Renderer> load() {
        List<Renderer> found = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ServiceLoader.load(Renderer.class, context == null ? Renderers.class.getClassLoader() : context)
                .forEach(found::add);
        found.sort(Comparator.comparingInt(Renderer::priority).reversed());
        return List.copyOf(found);
    }

    /** Images as bundles: type sniffed from the first bytes, binary data base64-encoded as nbformat stores it. */
    static final class Images {
        private Images() {}

        static String mimeType(byte[] bytes) {
            if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
                return "image/png";
            }
            if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
                return "image/jpeg";
            }
            if (startsWith(bytes, 'G', 'I', 'F', '8')) {
                return "image/gif";
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 256), java.nio.charset.StandardCharsets.UTF_8)
                    .stripLeading();
            if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
                return "image/svg+xml";
            }
            return null;
        }

        static MimeBundle bundle(byte[] bytes, String type) {
            String alt = "<" + type + " image, " + bytes.length + " bytes>";
            Object data = type.equals("image/svg+xml")
                    ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(bytes);
            return MimeBundle.builder(alt).put(type, data).build();
        }

        static byte[] png(RenderedImage image) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IllegalArgumentException("this image cannot be written as PNG");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot encode the image as PNG: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}

package io.huntbook.kernel.java;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Tells which snippets are plain statements that may run together in one block: a call, an assignment, an increment
 * or a {@code new}, found by parsing (never compiling) each one as a method body. Such statements declare nothing and
 * always complete normally as far as the compiler knows, so a block of them compiles and behaves like the statements
 * one by one, at the cost of one JShell evaluation instead of several (each is four or five compiler runs).
 */
final class PlainStatements {
    private static final Set<Tree.Kind> PLAIN = Set.of(Tree.Kind.METHOD_INVOCATION, Tree.Kind.ASSIGNMENT,
            Tree.Kind.PLUS_ASSIGNMENT, Tree.Kind.MINUS_ASSIGNMENT, Tree.Kind.MULTIPLY_ASSIGNMENT,
            Tree.Kind.DIVIDE_ASSIGNMENT, Tree.Kind.REMAINDER_ASSIGNMENT, Tree.Kind.AND_ASSIGNMENT,
            Tree.Kind.OR_ASSIGNMENT, Tree.Kind.XOR_ASSIGNMENT, Tree.Kind.LEFT_SHIFT_ASSIGNMENT,
            Tree.Kind.RIGHT_SHIFT_ASSIGNMENT, Tree.Kind.UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, Tree.Kind.PREFIX_INCREMENT,
            Tree.Kind.PREFIX_DECREMENT, Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.POSTFIX_DECREMENT,
            Tree.Kind.NEW_CLASS);

    /**
     * One file manager for every parse, with an empty class path: a parse reads no classes, but a compiler task made
     * without a file manager builds one over the host's class path and opens every jar on it (a tenth of a second of
     * a cold run for the CLI's hundred jars).
     */
    private static @Nullable StandardJavaFileManager files;

    private PlainStatements() {}

    /** For each source, whether it is exactly one plain statement that parses without error. */
    static synchronized boolean[] classify(List<String> sources) {
        boolean[] plain = new boolean[sources.size()];
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null || sources.isEmpty()) {
            return plain;
        }
        StringBuilder unit = new StringBuilder("class $HbPlain {");
        for (int i = 0; i < sources.size(); i++) {
            // One method per snippet; a snippet that ends inside a comment or string cannot leak into the next one
            // without a parse error, and any parse error makes every snippet count as not plain.
            unit.append("void m").append(i).append("() {\n").append(sources.get(i)).append("\n}\n");
        }
        unit.append('}');
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///HbPlain.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return unit;
            }
        };
        try {
            JavacTask task = (JavacTask) compiler.getTask(null, files(compiler), diagnostics, List.of("-proc:none"),
                    null, List.of(file));
            Iterable<? extends CompilationUnitTree> trees = task.parse();
            if (!diagnostics.getDiagnostics().isEmpty()) {
                return plain;
            }
            List<CompilationUnitTree> units = new java.util.ArrayList<>();
            trees.forEach(units::add);
            if (units.size() == 1 && units.get(0).getTypeDecls().size() == 1
                    && units.get(0).getTypeDecls().get(0) instanceof ClassTree owner
                    && owner.getSimpleName().contentEquals("$HbPlain")) {
                mark(owner, plain);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return new boolean[sources.size()]; // the compiler's trouble: evaluate one by one, as JShell would
        }
        return plain;
    }

    private static StandardJavaFileManager files(JavaCompiler compiler) throws IOException {
        if (files == null) {
            StandardJavaFileManager created = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
            created.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
            files = created;
        }
        return files;
    }

    /** Marks the plain ones, unless the parse does not have exactly one method per snippet, in order. */
    private static void mark(ClassTree owner, boolean[] plain) {
        List<? extends Tree> members = owner.getMembers();
        if (members.size() != plain.length) {
            return;
        }
        for (int i = 0; i < plain.length; i++) {
            if (!(members.get(i) instanceof MethodTree method) || !method.getName().contentEquals("m" + i)) {
                java.util.Arrays.fill(plain, false);
                return;
            }
            BlockTree body = method.getBody();
            plain[i] = body != null && body.getStatements().size() == 1
                    && body.getStatements().get(0) instanceof ExpressionStatementTree statement
                    && PLAIN.contains(statement.getExpression().getKind());
        }
    }
}

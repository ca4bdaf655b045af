package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PowerShell: {@code $name = value}, {@code $null}, {@code $true}, {@code @(a, b)}, {@code [ordered]@{'k' = v}}.
 * Strings are single-quoted, where nothing is expanded (the curly quotes PowerShell also takes for {@code '} are
 * doubled too); invisible characters are joined in as {@code [char]0xNN}, which works in Windows PowerShell 5.1.
 */
final class PowerShellTranslator extends DynamicTranslator {
    @Override
    public KernelLanguage language() {
        return KernelLanguage.POWERSHELL;
    }

    @Override
    String assign(String name, String code) {
        return "$" + name + " = " + code;
    }

    @Override
    boolean isIdentifier(String name) {
        return isAsciiIdentifier(name);
    }

    @Override
    String translateNull() {
        return "$null";
    }

    @Override
    String translateString(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            int cp = pair ? value.codePointAt(i) : c;
            boolean plain = cp >= 0x20 && cp != 0x7f && (cp < 0x80 || (!Character.isSurrogate(c) || pair)
                    && JavaLiterals.visible(cp));
            if (plain) {
                if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b') {
                    quoted.append(c);
                }
                quoted.appendCodePoint(cp);
            } else {
                if (!quoted.isEmpty()) {
                    parts.add("'" + quoted + "'");
                    quoted.setLength(0);
                }
                for (char unit : Character.toChars(cp)) {
                    parts.add(String.format("[char]0x%x", (int) unit));
                }
            }
            if (pair) {
                i++;
            }
        }
        if (!quoted.isEmpty() || parts.isEmpty()) {
            parts.add("'" + quoted + "'");
        }
        if (parts.size() == 1) {
            return parts.get(0).startsWith("[char]") ? "([string]" + parts.get(0) + ")" : parts.get(0);
        }
        return "([string]" + String.join(" + ", parts) + ")";
    }

    @Override
    String translateBoolean(boolean value) {
        return value ? "$true" : "$false";
    }

    @Override
    String translateInteger(BigInteger value) {
        return JavaLiterals.fitsLong(value) ? value.toString() : "[bigint]'" + value + "'";
    }

    @Override
    String translateFloat(double value) {
        return floatOr(value, "[double]::NaN", "[double]::PositiveInfinity", "[double]::NegativeInfinity");
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return joinMap(value, "[ordered]@{", " = ", "; ", "}");
    }

    @Override
    String translateList(List<?> value) {
        return joinList(value, "@(", ", ", ")");
    }
}

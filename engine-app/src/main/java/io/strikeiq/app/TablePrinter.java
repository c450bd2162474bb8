package io.strikeiq.app;

import io.strikeiq.persistence.QueryResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a {@link QueryResult} as an aligned table (numbers right-aligned), CSV (RFC 4180
 * quoting) or JSON (one array of objects; numbers and booleans unquoted, NULL as null), plus the
 * {@code --after} value of the next page when there is one (on stderr for csv/json so the data
 * stays machine-readable).
 */
final class TablePrinter {
    enum Format { TABLE, CSV, JSON }

    private TablePrinter() {
    }

    static void print(final QueryResult r, final Format format, final PrintStream out, final PrintStream err) {
        switch (format) {
            case CSV -> csv(r, out);
            case JSON -> json(r, out);
            default -> table(r, out);
        }
        if (r.nextAfter() != null) {
            (format == Format.TABLE ? out : err).println("more rows: add --after " + r.nextAfter());
        }
    }

    private static String text(final Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
        }
        return v.toString();
    }

    private static void table(final QueryResult r, final PrintStream out) {
        final int n = r.columns().size();
        final int[] width = new int[n];
        final List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            width[i] = r.columns().get(i).length();
        }
        for (final List<Object> row : r.rows()) {
            final String[] c = new String[n];
            for (int i = 0; i < n; i++) {
                c[i] = text(row.get(i));
                width[i] = Math.max(width[i], c[i].length());
            }
            cells.add(c);
        }
        final StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            line.append(i == 0 ? "" : "  ").append(pad(r.columns().get(i), width[i], false));
        }
        out.println(line.toString().stripTrailing());
        for (int k = 0; k < cells.size(); k++) {
            line.setLength(0);
            for (int i = 0; i < n; i++) {
                line.append(i == 0 ? "" : "  ").append(pad(cells.get(k)[i], width[i], r.rows().get(k).get(i) instanceof Number));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
    }

    private static String pad(final String s, final int width, final boolean right) {
        final String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    private static void csv(final QueryResult r, final PrintStream out) {
        out.println(String.join(",", r.columns()));
        for (final List<Object> row : r.rows()) {
            final StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                final String s = row.get(i) == null ? "" : row.get(i).toString();
                b.append(i == 0 ? "" : ",");
                b.append(s.matches(".*[\",\\n].*") ? '"' + s.replace("\"", "\"\"") + '"' : s);
            }
            out.println(b);
        }
    }

    private static void json(final QueryResult r, final PrintStream out) {
        final StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < r.rows().size(); k++) {
            b.append(k == 0 ? "\n  {" : ",\n  {");
            final List<Object> row = r.rows().get(k);
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(quote(r.columns().get(i))).append(": ");
                final Object v = row.get(i);
                if (v == null || (v instanceof Double d && !Double.isFinite(d))) {
                    b.append("null");
                } else if (v instanceof Number || v instanceof Boolean) {
                    b.append(v);
                } else {
                    b.append(quote(v.toString()));
                }
            }
            b.append('}');
        }
        out.println(b.append(r.rows().isEmpty() ? "]" : "\n]"));
    }

    private static String quote(final String s) {
        final StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

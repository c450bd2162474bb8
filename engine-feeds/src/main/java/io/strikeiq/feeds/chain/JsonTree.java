package io.strikeiq.feeds.chain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a chain file's JSON (a few MB, once, off the hot path) with Jackson's streaming parser into
 * a plain tree: insertion-ordered {@link LinkedHashMap}s, {@link ArrayList}s, exact
 * {@link BigDecimal} numbers (so {@code 12.0} and {@code 12} are both the integer 12 and nothing
 * is rounded before a total is compared), {@link String}s, {@link Boolean}s and the {@link #NULL}
 * marker. Jackson's strict defaults reject trailing commas, leading zeros, {@code NaN}, comments,
 * unquoted control characters and bad escapes; duplicate keys, text after the value, lone
 * surrogates and nesting deeper than {@link #MAX_DEPTH} are rejected too. Every error is a
 * {@link ChainFormatException} naming the file, the JSON path being read and its line and column.
 */
final class JsonTree {
    /** The JSON {@code null} value. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    static final int MAX_DEPTH = 256;

    private static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
        .build();

    private final String text;
    private final String file;
    private final List<String> path = new ArrayList<>();

    private JsonTree(final String text, final String file) {
        this.text = text;
        this.file = file;
    }

    /** Parses a whole document; {@code file} names it in errors. */
    static Object parse(final String text, final String file) {
        final JsonTree tree = new JsonTree(text, file);
        try (JsonParser p = FACTORY.createParser(text)) {
            return tree.document(p);
        } catch (final IOException e) {
            throw new UncheckedIOException(e); // a String source does no I/O; parse errors are handled below
        }
    }

    private Object document(final JsonParser p) throws IOException {
        final Object value;
        try {
            final JsonToken first = p.nextToken();
            if (first == null) {
                throw error(text.length(), "unexpected end of input (truncated file?), expected a value");
            }
            value = value(p, first);
        } catch (final JsonParseException | StreamConstraintsException e) {
            throw translate(e, p);
        }
        try {
            if (p.nextToken() != null) {
                throw error(offset(p), "unexpected text after the top-level value");
            }
        } catch (final JsonParseException e) {
            throw error(offset(e, p), "unexpected text after the top-level value: " + reason(e));
        }
        return value;
    }

    private Object value(final JsonParser p, final JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(p);
            case START_ARRAY:
                return array(p);
            case VALUE_STRING:
                return checked(p.getText(), p);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw error(offset(p), "expected a value, found " + token);
        }
    }

    private Map<String, Object> object(final JsonParser p) throws IOException {
        final Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            final String key = checked(p.currentName(), p);
            path.add(path.isEmpty() ? key : "." + key);
            map.put(key, value(p, next(p)));
            path.remove(path.size() - 1);
        }
        return map;
    }

    private List<Object> array(final JsonParser p) throws IOException {
        final List<Object> list = new ArrayList<>();
        for (int i = 0; ; i++) {
            path.add("[" + i + "]");
            final JsonToken t = next(p);
            if (t == JsonToken.END_ARRAY) {
                path.remove(path.size() - 1);
                return list;
            }
            list.add(value(p, t));
            path.remove(path.size() - 1);
        }
    }

    private JsonToken next(final JsonParser p) throws IOException {
        final JsonToken t = p.nextToken();
        if (t == null) {
            throw error(text.length(), "unexpected end of input (truncated file?), expected a value");
        }
        return t;
    }

    /** Jackson keeps an unpaired surrogate escape ({@code \ud83d} alone) as it is; a chain file never has one. */
    private String checked(final String s, final JsonParser p) {
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(offset(p), "lone surrogate in a string");
            }
        }
        return s;
    }

    private ChainFormatException translate(final IOException e, final JsonParser p) {
        // Jackson reads a member's scalar value in the same step as its name, so an error in the
        // value arrives before object() has pushed the name: name it from the parser's context.
        final String member = p.getParsingContext().inObject() ? p.getParsingContext().getCurrentName() : null;
        final String last = path.isEmpty() ? null : path.get(path.size() - 1);
        if (member != null && !reason(e).startsWith("Duplicate field '")
            && !(("." + member).equals(last) || member.equals(last) && path.size() == 1)) {
            path.add(path.isEmpty() ? member : "." + member);
        }
        final int at = offset(e, p);
        if (e instanceof JsonEOFException || at >= text.length()) {
            return error(text.length(), "unexpected end of input (truncated file?): " + reason(e));
        }
        final String r0 = reason(e);
        if (r0.startsWith("Unrecognized token '")) {
            final String token = r0.substring(20, Math.max(20, r0.indexOf('\'', 20)));
            if (at + token.length() >= text.length()) { // "tru" at the very end: a cut-off literal
                return error(text.length(), "unexpected end of input (truncated file?): " + r0);
            }
        }
        if (e instanceof StreamConstraintsException) {
            return error(at, "nesting deeper than " + MAX_DEPTH);
        }
        final String r = reason(e);
        if (r.startsWith("Duplicate field '")) {
            return error(at, "duplicate key \"" + r.substring(17, r.lastIndexOf('\'')) + "\"");
        }
        if (r.contains("Leading zeroes not allowed")) {
            return error(at, "leading zero in a number");
        }
        if (r.startsWith("Unrecognized character escape")) {
            return error(at, "invalid escape: " + r);
        }
        if (r.startsWith("Illegal unquoted character")) {
            return error(at, "unescaped control character in a string: " + r);
        }
        if (r.startsWith("Unexpected character") || r.startsWith("Non-standard token") || r.startsWith("Unrecognized token")) {
            return error(at, "expected a value: " + r);
        }
        return error(at, r);
    }

    /** Jackson's own message without its location suffix. */
    private static String reason(final IOException e) {
        final String m = e instanceof JsonParseException ? ((JsonParseException) e).getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }

    private int offset(final IOException e, final JsonParser p) {
        if (e instanceof JsonParseException && ((JsonParseException) e).getLocation() != null) {
            final long at = ((JsonParseException) e).getLocation().getCharOffset();
            if (at >= 0) {
                return (int) Math.min(at, text.length());
            }
        }
        return offset(p);
    }

    private int offset(final JsonParser p) {
        return (int) Math.min(Math.max(0, p.currentLocation().getCharOffset()), text.length());
    }

    /** Line and column counted on the text itself, so they mean the same as an editor's. */
    private ChainFormatException error(final int at, final String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        final String where = (path.isEmpty() ? "(document root)" : String.join("", path))
            + " (line " + line + ", column " + (at - lineStart + 1) + ")";
        return new ChainFormatException(file, where, problem);
    }
}

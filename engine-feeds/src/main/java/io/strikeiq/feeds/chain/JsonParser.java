package io.strikeiq.feeds.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON reader for the chain files (a few MB, read once off the hot path): objects
 * become insertion-ordered {@link LinkedHashMap}s, arrays {@link ArrayList}s, numbers
 * {@link BigDecimal}s (exact, so {@code 12.0} and {@code 12} are both the integer 12 and no
 * rounding happens before a total is compared), strings {@link String}s, {@code true}/{@code false}
 * {@link Boolean}s and {@code null} the {@link #NULL} marker. Rejected, with the file, the JSON path
 * being read, the line and column: truncation, trailing commas, duplicate keys, leading zeros,
 * {@code NaN}, unescaped control characters, bad escapes, lone surrogates, text after the value
 * and nesting deeper than {@link #MAX_DEPTH}.
 */
final class JsonParser {
    /** The JSON {@code null} value. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    static final int MAX_DEPTH = 256;

    private final String text;
    private final String file;
    private final List<String> path = new ArrayList<>();
    private int pos;
    private int depth;

    private JsonParser(final String text, final String file) {
        this.text = text;
        this.file = file;
    }

    /** Parses a whole document; {@code file} names it in errors. */
    static Object parse(final String text, final String file) {
        final JsonParser p = new JsonParser(text, file);
        p.skipWhitespace();
        final Object value = p.value();
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the top-level value: " + p.peekDescription());
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input (truncated file?), expected a value");
        }
        final char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a value, found " + peekDescription());
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        final Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (consume('}')) {
            leave();
            return map;
        }
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                throw error("unexpected end of input (truncated file?) in an object, expected a key");
            }
            if (text.charAt(pos) != '"') {
                throw error("expected a quoted key, found " + peekDescription());
            }
            final String key = string();
            if (map.containsKey(key)) {
                throw error("duplicate key \"" + key + "\"");
            }
            skipWhitespace();
            expect(':', "':' after key \"" + key + "\"");
            skipWhitespace();
            path.add(path.isEmpty() ? key : "." + key);
            map.put(key, value());
            path.remove(path.size() - 1);
            skipWhitespace();
            if (consume('}')) {
                leave();
                return map;
            }
            expect(',', "',' or '}' in an object");
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        final List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (consume(']')) {
            leave();
            return list;
        }
        while (true) {
            skipWhitespace();
            path.add("[" + list.size() + "]");
            list.add(value());
            path.remove(path.size() - 1);
            skipWhitespace();
            if (consume(']')) {
                leave();
                return list;
            }
            expect(',', "',' or ']' in an array");
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void leave() {
        depth--;
    }

    private String string() {
        pos++; // opening quote
        final StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unexpected end of input (truncated file?) inside a string");
            }
            final char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("unescaped control character U+" + String.format("%04X", (int) c) + " in a string");
            }
            if (c != '\\') {
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || pos >= text.length()
                        || !Character.isLowSurrogate(text.charAt(pos))) {
                        throw error("lone surrogate in a string");
                    }
                    sb.append(c).append(text.charAt(pos++));
                    continue;
                }
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unexpected end of input (truncated file?) inside an escape");
            }
            final char e = text.charAt(pos++);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u': {
                    final char u = hex4();
                    if (Character.isHighSurrogate(u)) {
                        if (pos + 1 < text.length() && text.charAt(pos) == '\\' && text.charAt(pos + 1) == 'u') {
                            pos += 2;
                            final char low = hex4();
                            if (!Character.isLowSurrogate(low)) {
                                throw error("high surrogate escape not followed by a low surrogate");
                            }
                            sb.append(u).append(low);
                        } else {
                            throw error("lone surrogate escape in a string");
                        }
                    } else if (Character.isLowSurrogate(u)) {
                        throw error("lone surrogate escape in a string");
                    } else {
                        sb.append(u);
                    }
                    break;
                }
                default:
                    throw error("invalid escape \\" + e);
            }
        }
    }

    private char hex4() {
        if (pos + 4 > text.length()) {
            throw error("unexpected end of input (truncated file?) inside a \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            final int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) {
                throw error("invalid \\u escape");
            }
            v = (v << 4) | d;
        }
        pos += 4;
        return (char) v;
    }

    private BigDecimal number() {
        final int start = pos;
        consume('-');
        if (consume('0')) {
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw error("leading zero in a number");
            }
        } else if (!digits()) {
            throw error("expected a digit in a number, found " + peekDescription());
        }
        if (consume('.') && !digits()) {
            throw error("expected a digit after the decimal point, found " + peekDescription());
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (!consume('+')) {
                consume('-');
            }
            if (!digits()) {
                throw error("expected a digit in the exponent, found " + peekDescription());
            }
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private boolean digits() {
        final int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(final String word, final Object value) {
        if (!text.startsWith(word, pos)) {
            throw error(pos + word.length() > text.length() && word.startsWith(text.substring(pos))
                ? "unexpected end of input (truncated file?) inside " + word
                : "expected a value, found " + peekDescription());
        }
        pos += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            final char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean consume(final char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(final char c, final String what) {
        if (pos >= text.length()) {
            throw error("unexpected end of input (truncated file?), expected " + what);
        }
        if (text.charAt(pos) != c) {
            throw error("expected " + what + ", found " + peekDescription());
        }
        pos++;
    }

    private String peekDescription() {
        if (pos >= text.length()) {
            return "end of input";
        }
        final int end = Math.min(text.length(), pos + 12);
        return "\"" + text.substring(pos, end).replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private ChainFormatException error(final String problem) {
        int line = 1;
        int lineStart = 0;
        final int limit = Math.min(pos, text.length());
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        final String where = (path.isEmpty() ? "(document root)" : String.join("", path))
            + " (line " + line + ", column " + (limit - lineStart + 1) + ")";
        return new ChainFormatException(file, where, problem);
    }
}

package io.strikeiq.feeds.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed JSON document with its path ({@code records.data[12].CE}) and file, so a
 * loader asks for exactly the type it needs and every failure names the file and the field. The
 * path may carry a human note ({@code records.data[12]{strike 17200, expiry 24-Mar-2022}}) so an
 * error deep in a row also says which strike it was.
 */
final class JsonNode {
    private final String file;
    private final String path;
    private final Object value;

    private JsonNode(final String file, final String path, final Object value) {
        this.file = file;
        this.path = path;
        this.value = value;
    }

    /** Parses {@code text} (the content of {@code file}) and returns its root. */
    static JsonNode parse(final String text, final String file) {
        return new JsonNode(file, "", JsonTree.parse(text, file));
    }

    String path() {
        return path.isEmpty() ? "(document root)" : path;
    }

    String file() {
        return file;
    }

    /** The same value with {@code note} appended to its path for error messages. */
    JsonNode withNote(final String note) {
        return new JsonNode(file, path + "{" + note + "}", value);
    }

    /** True when this value is JSON {@code null}. */
    boolean isNull() {
        return value == JsonTree.NULL;
    }

    boolean has(final String key) {
        return object().containsKey(key);
    }

    /** A required member of this object. */
    JsonNode field(final String key) {
        final Map<String, Object> map = object();
        if (!map.containsKey(key)) {
            throw new ChainFormatException(file, childPath(key), "required field is missing");
        }
        return new JsonNode(file, childPath(key), map.get(key));
    }

    /** An optional member of this object: null when absent. */
    JsonNode optionalField(final String key) {
        final Map<String, Object> map = object();
        return map.containsKey(key) ? new JsonNode(file, childPath(key), map.get(key)) : null;
    }

    /** The elements of this array. */
    List<JsonNode> elements() {
        if (!(value instanceof List)) {
            throw fail("expected an array, found " + describe(value));
        }
        final List<?> list = (List<?>) value;
        final List<JsonNode> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new JsonNode(file, path + "[" + i + "]", list.get(i)));
        }
        return out;
    }

    String asString() {
        if (!(value instanceof String)) {
            throw fail("expected a string, found " + describe(value));
        }
        return (String) value;
    }

    boolean asBoolean() {
        if (!(value instanceof Boolean)) {
            throw fail("expected true or false, found " + describe(value));
        }
        return (Boolean) value;
    }

    BigDecimal asNumber() {
        if (!(value instanceof BigDecimal)) {
            throw fail("expected a number, found " + describe(value));
        }
        return (BigDecimal) value;
    }

    double asDouble() {
        return asNumber().doubleValue();
    }

    /** A number that must be an exact integer ({@code 12.0} is accepted as 12, {@code 12.5} is not). */
    long asLong() {
        final BigDecimal n = asNumber();
        try {
            return n.stripTrailingZeros().longValueExact();
        } catch (final ArithmeticException e) {
            throw fail("expected an integer, found " + n.toPlainString());
        }
    }

    ChainFormatException fail(final String problem) {
        return new ChainFormatException(file, path(), problem);
    }

    private Map<String, Object> object() {
        if (!(value instanceof Map)) {
            throw fail("expected an object, found " + describe(value));
        }
        @SuppressWarnings("unchecked")
        final Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private String childPath(final String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(final Object v) {
        if (v instanceof String) {
            final String s = (String) v;
            return "string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v instanceof BigDecimal) {
            return "number " + ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Boolean) {
            return "boolean " + v;
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return "null";
    }
}

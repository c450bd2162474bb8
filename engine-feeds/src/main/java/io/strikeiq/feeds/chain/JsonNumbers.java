package io.strikeiq.feeds.chain;

/**
 * The checked numeric reads the JSON chain loaders share: a contract count (a non-negative
 * integer), a non-negative and a positive finite number, each failing with the node's file and
 * path.
 */
final class JsonNumbers {
    private JsonNumbers() {
    }

    static long count(final JsonNode n) {
        final long v = n.asLong();
        if (v < 0) {
            throw n.fail("negative count " + v);
        }
        return v;
    }

    static double nonNegative(final JsonNode n) {
        final double v = n.asDouble();
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw n.fail("expected a non-negative number, found " + n.asNumber().toPlainString());
        }
        return v;
    }

    static double positive(final JsonNode n) {
        final double v = nonNegative(n);
        if (v == 0) {
            throw n.fail("expected a positive number, found 0");
        }
        return v;
    }
}

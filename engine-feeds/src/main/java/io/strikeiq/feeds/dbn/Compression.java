package io.strikeiq.feeds.dbn;

/** How {@link DbnEncoder} writes its output: plain DBN or one zstd stream. */
public enum Compression {
    NONE, ZSTD
}

package io.strikeiq.feeds.dbn;

/**
 * The one error a DBN read reports when the bytes are not a stream this decoder accepts: a wrong
 * magic, a version above {@link DbnMetadata#MAX_VERSION}, a truncated header or record, a zero
 * record length or a record too short for its rtype. The message names the file and the byte
 * offset (in the decompressed stream when the file is compressed) so an operator can find the
 * damage with {@code xxd} or {@code zstd -dc | xxd}.
 */
public final class DbnFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long offset;
    private final String problem;

    /**
     * @param file       the file (or stream) name
     * @param offset     byte offset of the problem
     * @param compressed whether the offset counts decompressed bytes
     * @param problem    what is wrong, without the location
     */
    public DbnFormatException(final String file, final long offset, final boolean compressed, final String problem) {
        super(file + ": " + problem + " at " + (compressed ? "decompressed " : "") + "byte offset " + offset);
        this.file = file;
        this.offset = offset;
        this.problem = problem;
    }

    /** @return the file (or stream) name */
    public String file() {
        return file;
    }

    /** @return the byte offset of the problem */
    public long offset() {
        return offset;
    }

    /** @return the problem, without the location */
    public String problem() {
        return problem;
    }
}

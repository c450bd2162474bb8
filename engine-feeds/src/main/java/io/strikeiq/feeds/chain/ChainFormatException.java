package io.strikeiq.feeds.chain;

/**
 * The one error a chain or instrument-master loader reports for a file it cannot accept:
 * malformed JSON or CSV, a missing field, a value of the wrong type or out of range, or facts
 * that contradict each other (two lot sizes for one underlying). The message names the file, the
 * field (a JSON path such as {@code records.data[12].CE.openInterest}, or a CSV row and column,
 * with the strike where one is known) and the problem, so an operator can find it in an editor.
 */
public final class ChainFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String problem;

    /**
     * @param file    the file name
     * @param field   where in the file: a JSON path or CSV row/column, with context
     * @param problem what is wrong there
     */
    public ChainFormatException(final String file, final String field, final String problem) {
        super(file + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
        this.problem = problem;
    }

    /** @return the file name */
    public String file() {
        return file;
    }

    /** @return where in the file the problem is */
    public String field() {
        return field;
    }

    /** @return the problem, without the location */
    public String problem() {
        return problem;
    }
}

package io.strikeiq.app;

import io.strikeiq.EngineVersion;
import io.strikeiq.journal.ChronicleDefaults;
import io.strikeiq.journal.JournalFormatException;
import io.strikeiq.journal.JournalNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code strikeiq} command. Sub-commands do the work; this class maps
 * failures to exit codes: 2 for a usage error (unknown flag, bad flag or {@code --set} value:
 * the message, then the usage, both from picocli), 1 for a problem with the user's input
 * (missing or corrupt journal, bad config file, refused or unwritable output folder: one line,
 * no stack trace), also 2 but one line for a metrics endpoint that cannot be served (bad or busy
 * port, unknown host), 0 on success. A stack trace is printed only for what must be an engine bug.
 */
@Command(name = "strikeiq", mixinStandardHelpOptions = true, version = "StrikeIQ Engine 0.1.0 (output version " + EngineVersion.CURRENT + ")",
    description = "Low-latency market-intelligence engine for index options and futures.",
    subcommands = {DemoCommand.class, RunCommand.class, ReplayCommand.class, VerifyCommand.class, DigestCommand.class,
        TailCommand.class, StatCommand.class, DrainCommand.class, QueryCommand.class, ConfigCommand.class,
        CommandLine.HelpCommand.class})
public final class StrikeIq implements Runnable {
    static { ChronicleDefaults.apply(); }

    @Override
    public void run() {
        // No sub-command: show what there is.
        new CommandLine(this).usage(System.out);
    }

    public static void main(final String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(final String... args) {
        final CommandLine cli = new CommandLine(new StrikeIq());
        cli.setExecutionExceptionHandler(StrikeIq::handleFailure);
        return cli.execute(args);
    }

    private static int handleFailure(final Exception e, final CommandLine cmd, final CommandLine.ParseResult parsed)
        throws Exception {
        if (e instanceof ConfigException c && c.isCommandLine() || e instanceof IllegalArgumentException) {
            // A bad value on the command line: the same output and exit code as picocli's own usage errors.
            return cmd.getParameterExceptionHandler().handleParseException(new CommandLine.ParameterException(cmd,
                "strikeiq " + cmd.getCommandName() + ": " + e.getMessage(), e), parsed.originalArgs().toArray(new String[0]));
        }
        final PrintWriter err = cmd.getErr();
        if (e instanceof OneLineUsageError) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        if (e instanceof UserError || e instanceof ConfigException || e instanceof JournalNotFoundException
            || e instanceof JournalFormatException) {
            return oneLine(err, cmd, e.getMessage());
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException f) {
            // The file system refused (permission, read-only, not a folder, disk full): the user's
            // environment, not an engine bug. Name the file and the reason.
            final boolean bare = u.getMessage() == null || u.getMessage().equals(f.toString());
            return oneLine(err, cmd, FileErrorMessage.describe(bare ? "cannot write" : u.getMessage(), f));
        }
        err.println("strikeiq " + cmd.getCommandName() + ": internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    private static int oneLine(final PrintWriter err, final CommandLine cmd, final String message) {
        err.println("strikeiq " + cmd.getCommandName() + ": " + message);
        err.flush();
        return 1;
    }
}

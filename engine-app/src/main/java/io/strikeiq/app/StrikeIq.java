package io.strikeiq.app;

import io.strikeiq.journal.JournalFormatException;
import io.strikeiq.journal.JournalNotFoundException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code strikeiq} command. Sub-commands do the work; this class maps
 * failures to exit codes: 2 for a usage error (unknown flag, bad value: usage is printed), 1 for
 * a problem with the user's input (missing or corrupt journal, bad config, refused output
 * folder: one line, no stack trace), 0 on success.
 */
@Command(name = "strikeiq", mixinStandardHelpOptions = true, version = "StrikeIQ Engine 0.1.0",
    description = "Low-latency market-intelligence engine for index options and futures.",
    subcommands = {DemoCommand.class, RunCommand.class, ReplayCommand.class, VerifyCommand.class,
        TailCommand.class, DrainCommand.class, QueryCommand.class, CommandLine.HelpCommand.class})
public final class StrikeIq implements Runnable {

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

    private static int handleFailure(final Exception e, final CommandLine cmd, final CommandLine.ParseResult parsed) {
        final PrintWriter err = cmd.getErr();
        if (e instanceof UserError || e instanceof ConfigException || e instanceof JournalNotFoundException
            || e instanceof JournalFormatException) {
            err.println("strikeiq " + cmd.getCommandName() + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("strikeiq " + cmd.getCommandName() + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        err.println("strikeiq " + cmd.getCommandName() + ": internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }
}

package io.strikeiq.journal;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A writer killed inside {@code writingDocument()}, for real: {@link #main} (run in a child JVM)
 * appends complete records, opens one more document, writes part of it, says READY and waits;
 * {@link #killWhileWriting} starts it, waits for READY and kills it with SIGKILL
 * ({@link Process#destroyForcibly()}), so the journal ends exactly the way a crashed engine's does.
 */
public final class UnfinishedRecordWriter {
    static final String READY = "READY";

    private UnfinishedRecordWriter() {
    }

    /** Args: journal dir, INPUT|SIGNALS|RECORDS, number of complete records. */
    public static void main(final String[] args) throws InterruptedException {
        final Path dir = Paths.get(args[0]);
        final DamagedJournals.Queue queue = DamagedJournals.Queue.valueOf(args[1]);
        DamagedJournals.write(dir, queue, Integer.parseInt(args[2]));
        final ChronicleQueue q = queue.openForWriting(dir);
        final ExcerptAppender appender = q.createAppender();
        final DocumentContext dc = appender.writingDocument();
        dc.wire().bytes().write(RawRecords.withHeader(40, 5, 7101, 3, 12));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    /** Runs {@link #main} in a child JVM and SIGKILLs it while its last document is open. */
    public static void killWhileWriting(final Path journalDir, final DamagedJournals.Queue queue, final int records)
        throws IOException, InterruptedException {
        final List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (final String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Chronicle's --add-exports/--add-opens and -Dchronicle.* flags, as Surefire passed them to this JVM.
            if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle")) {
                cmd.add(arg);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(UnfinishedRecordWriter.class.getName());
        cmd.add(journalDir.toString());
        cmd.add(queue.name());
        cmd.add(Integer.toString(records));
        final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            final StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals(READY)) {
                    p.destroyForcibly();
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the killed writer did not exit");
                    }
                    return;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the writer exited before it was inside writingDocument():\n" + seen);
        } finally {
            p.destroyForcibly();
        }
    }
}

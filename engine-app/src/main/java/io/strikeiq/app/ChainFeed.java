package io.strikeiq.app;

import io.strikeiq.feeds.chain.ChainFileSource;
import io.strikeiq.feeds.chain.ChainFormatException;
import io.strikeiq.feeds.chain.ContractTerms;
import io.strikeiq.feeds.chain.UpstoxInstrumentMaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code --feed chain:PATH[,PATH...]} with {@code --instruments FILE}, {@code --lot-size UNDERLYING=N}
 * and {@code --expiry UNDERLYING=yyyy-MM-dd}: the file list (a folder contributes every {@code .json}
 * and {@code .csv} file below it, sorted by path, so a README beside the data is not read; a file
 * named explicitly is read whatever its name) and the contract terms, as a {@link ChainFileSource}.
 */
final class ChainFeed {
    static final String PREFIX = "chain:";

    private ChainFeed() {
    }

    static ChainFileSource open(final String list, final Path instruments, final List<String> lotSizes,
                                final List<String> expiries) {
        return new ChainFileSource(files(list), terms(instruments, lotSizes, expiries));
    }

    static List<Path> files(final String list) {
        final List<Path> files = new ArrayList<>();
        for (final String f : list.split(",")) {
            if (f.isBlank()) {
                continue;
            }
            final Path p = Path.of(f.trim());
            if (Files.isDirectory(p)) {
                final List<Path> inside = below(p);
                if (inside.isEmpty()) {
                    throw new UserError("chain folder " + p + " has no .json or .csv file");
                }
                files.addAll(inside);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserError("chain file not found: " + p);
            }
        }
        if (files.isEmpty()) {
            throw new UserError("--feed chain: needs at least one file or folder, e.g. chain:data/NIFTY_2022-03-24_1530.json");
        }
        return files;
    }

    private static List<Path> below(final Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                final String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".json") || n.endsWith(".csv");
            }).sorted().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static ContractTerms terms(final Path instruments, final List<String> lotSizes, final List<String> expiries) {
        UpstoxInstrumentMaster master = null;
        if (instruments != null) {
            if (!Files.isRegularFile(instruments)) {
                throw new UserError("instrument master not found: " + instruments);
            }
            try {
                master = UpstoxInstrumentMaster.load(instruments);
            } catch (final ChainFormatException e) {
                throw new UserError("instrument master " + e.getMessage());
            }
        }
        final Map<String, Integer> lots = new HashMap<>();
        for (final String s : lotSizes) {
            final String[] kv = pair(s, "--lot-size", "NIFTY=75");
            try {
                final int lot = Integer.parseInt(kv[1]);
                if (lot <= 0) {
                    throw new NumberFormatException();
                }
                lots.put(kv[0], lot);
            } catch (final NumberFormatException e) {
                throw new UserError("--lot-size " + s + ": the lot size must be a positive whole number");
            }
        }
        final Map<String, List<LocalDate>> dates = new HashMap<>();
        for (final String s : expiries) {
            final String[] kv = pair(s, "--expiry", "NIFTY=2019-07-25");
            try {
                dates.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(LocalDate.parse(kv[1]));
            } catch (final DateTimeParseException e) {
                throw new UserError("--expiry " + s + ": the date must be yyyy-MM-dd");
            }
        }
        return new ContractTerms(master, lots, dates);
    }

    private static String[] pair(final String s, final String flag, final String example) {
        final int eq = s.indexOf('=');
        if (eq <= 0 || eq == s.length() - 1) {
            throw new UserError(flag + " must be UNDERLYING=VALUE, e.g. " + flag + " " + example + ", got '" + s + "'");
        }
        return new String[] {s.substring(0, eq).trim().toUpperCase(Locale.ROOT), s.substring(eq + 1).trim()};
    }
}

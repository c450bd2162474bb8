package io.strikeiq.feeds.chain;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads one CSV snapshot of NSE's old (2019) option-chain web page, named
 * {@code <SYMBOL>_<yyyy-MM-dd>_<HHmm>.csv} (scrape time, IST), with exactly the columns
 * {@link #HEADER}: an unnamed row index, the call side, {@code StrikePrice}, the put side (mirrored)
 * and {@code CurrentVal} (the underlying's value, equal on every row). {@code -} is a missing value.
 * OI (and its change) counts shares but volume counts contracts (README says shares; the volumes
 * are not multiples of the lot, e.g. 178 on NIFTY's 75, while every OI is); IV is NSE's per-strike implied volatility in percent (loaded per
 * 1.00). The page showed one expiry and the file does not record it, so the caller supplies it.
 * Strikes must ascend strictly; counts must be non-negative integers (OI change may be negative).
 */
public final class NseLegacyCsvLoader {
    public static final String FORMAT = "nse-legacy-csv";
    /** The exact header line. */
    public static final String HEADER = ",CallOI,CallChnginOI,CallVolume,CallIV,CallLTP,CallNetChng,CallBidQty,"
        + "CallBidPrice,CallAskPrice,CallAskQty,StrikePrice,PutBidQty,PutBidPrice,PutAskPrice,PutAskQty,PutNetChng,"
        + "PutLTP,PutIV,PutVolume,PutChnginOI,PutOI,CurrentVal";
    private static final String[] COLUMNS = HEADER.split(",", -1);
    private static final Pattern NAME = Pattern.compile("([A-Z]+)_(\\d{4}-\\d{2}-\\d{2})_(\\d{2})(\\d{2})\\.csv");

    private static final int STRIKE = 11;
    private static final int CURRENT_VAL = 22;
    // Column offsets of each side: OI, change in OI, volume, IV, LTP, bid qty, bid, ask, ask qty.
    private static final int[] CALL = {1, 2, 3, 4, 5, 7, 8, 9, 10};
    private static final int[] PUT = {21, 20, 19, 18, 17, 12, 13, 14, 15};

    private NseLegacyCsvLoader() {
    }

    /** Loads {@code file}, whose chain expires on {@code expiry}. */
    public static ChainSnapshot load(final Path file, final LocalDate expiry) {
        return parse(ChainFiles.read(file), ChainFiles.name(file), expiry);
    }

    /** Parses CSV {@code text}; {@code fileName} gives the underlying and time and names errors. */
    public static ChainSnapshot parse(final String text, final String fileName, final LocalDate expiry) {
        final Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new ChainFormatException(fileName, "(file name)", "expected <SYMBOL>_<yyyy-MM-dd>_<HHmm>.csv");
        }
        final long timeNanos;
        try {
            timeNanos = IstClock.nanos(LocalDateTime.of(LocalDate.parse(m.group(2)),
                LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))));
        } catch (final java.time.DateTimeException e) {
            throw new ChainFormatException(fileName, "(file name)", "bad date or time: " + e.getMessage());
        }
        final String[] lines = text.split("\r?\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new ChainFormatException(fileName, "line 1 (header)", "expected \"" + HEADER + "\", found \""
                + lines[0] + "\"");
        }
        final List<StrikeRow> rows = new ArrayList<>();
        double underlyingValue = Double.NaN;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break; // final newline
            }
            final String[] f = lines[i].split(",", -1);
            final int line = i + 1;
            if (f.length != COLUMNS.length) {
                throw new ChainFormatException(fileName, "line " + line, "expected " + COLUMNS.length
                    + " fields, found " + f.length);
            }
            final Cells cells = new Cells(fileName, line, f);
            final double strike = cells.price(STRIKE);
            if (Double.isNaN(strike) || strike == 0) {
                throw cells.fail(STRIKE, "a strike is required");
            }
            cells.strike = f[STRIKE];
            if (!rows.isEmpty() && !(strike > rows.get(rows.size() - 1).strike())) {
                throw cells.fail(STRIKE, "strikes must ascend strictly");
            }
            final double current = cells.price(CURRENT_VAL);
            if (Double.isNaN(current) || current == 0) {
                throw cells.fail(CURRENT_VAL, "the underlying value is required");
            }
            if (!Double.isNaN(underlyingValue) && current != underlyingValue) {
                throw cells.fail(CURRENT_VAL, "differs from " + underlyingValue + " on earlier rows");
            }
            underlyingValue = current;
            rows.add(new StrikeRow(strike, cells.quote(CALL), cells.quote(PUT)));
        }
        if (rows.isEmpty()) {
            throw new ChainFormatException(fileName, "line 2", "no strike rows");
        }
        final ExpiryChain chain = new ExpiryChain(expiry, ExpiryChain.expiryInstant(expiry), rows);
        return new ChainSnapshot(fileName, FORMAT, m.group(1), timeNanos, underlyingValue, QuantityUnit.SHARES,
            QuantityUnit.CONTRACTS, List.of(chain), null);
    }

    /** The fields of one CSV line, read with errors that name file, line, column and strike. */
    private static final class Cells {
        final String file;
        final int line;
        final String[] f;
        String strike;

        Cells(final String file, final int line, final String[] f) {
            this.file = file;
            this.line = line;
            this.f = f;
        }

        OptionQuote quote(final int[] c) {
            int missing = 0;
            final double oi = count(c[0], false);
            final double change = count(c[1], true);
            final double volume = count(c[2], false);
            final double ivPercent = price(c[3]);
            final double ltp = price(c[4]);
            final double bidQty = count(c[5], false);
            final double bid = price(c[6]);
            final double ask = price(c[7]);
            final double askQty = count(c[8], false);
            missing |= Double.isNaN(oi) ? OptionQuote.OI : 0;
            missing |= Double.isNaN(change) ? OptionQuote.CHANGE_IN_OI : 0;
            missing |= Double.isNaN(volume) ? OptionQuote.VOLUME : 0;
            missing |= Double.isNaN(ivPercent) || ivPercent == 0 ? OptionQuote.IV : 0;
            missing |= Double.isNaN(ltp) || ltp == 0 ? OptionQuote.LTP : 0;
            final boolean hasBid = bid > 0 && !Double.isNaN(bidQty);
            final boolean hasAsk = ask > 0 && !Double.isNaN(askQty);
            missing |= hasBid ? 0 : OptionQuote.BID;
            missing |= hasAsk ? 0 : OptionQuote.ASK;
            return new OptionQuote(oi, change, volume,
                (missing & OptionQuote.IV) != 0 ? Double.NaN : ivPercent / 100.0,
                (missing & OptionQuote.LTP) != 0 ? Double.NaN : ltp,
                hasBid ? bid : Double.NaN, hasBid ? bidQty : Double.NaN,
                hasAsk ? ask : Double.NaN, hasAsk ? askQty : Double.NaN,
                missing);
        }

        /** A price-like cell: NaN for {@code -}, else a finite number (non-negative unless a change column). */
        double price(final int col) {
            final String s = f[col];
            if (s.equals("-")) {
                return Double.NaN;
            }
            final BigDecimal v = number(col);
            if (v.signum() < 0) {
                throw fail(col, "negative value " + s);
            }
            return v.doubleValue();
        }

        /** An integer cell as a double: NaN for {@code -}. */
        double count(final int col, final boolean signed) {
            final String s = f[col];
            if (s.equals("-")) {
                return Double.NaN;
            }
            final BigDecimal v = number(col);
            if (!signed && v.signum() < 0) {
                throw fail(col, "negative count " + s);
            }
            try {
                return v.stripTrailingZeros().longValueExact();
            } catch (final ArithmeticException e) {
                throw fail(col, "expected an integer, found \"" + s + "\"");
            }
        }

        private BigDecimal number(final int col) {
            final String s = f[col];
            if (!s.matches("-?\\d+(\\.\\d+)?")) {
                throw fail(col, "expected a number or \"-\", found \"" + s + "\"");
            }
            return new BigDecimal(s);
        }

        ChainFormatException fail(final int col, final String problem) {
            return new ChainFormatException(file, "line " + line + " column " + COLUMNS[col]
                + (strike == null ? "" : " (strike " + strike + ")"), problem);
        }
    }
}

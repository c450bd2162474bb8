package io.strikeiq.feeds.chain;

import io.strikeiq.event.InstrumentSpec;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a chain leg's contract facts come from, in this order: the instrument master given with
 * {@code --instruments} (by instrument key when the file names one, else by underlying, expiry
 * date, strike and right), then the file itself (the expiry date of NSE JSON and Upstox rows), then
 * the operator's explicit {@code --lot-size UNDERLYING=N} and {@code --expiry UNDERLYING=DATE}; when
 * none has it, a {@link ChainFormatException} naming the file, the contract and what is missing.
 * Lot sizes are never guessed from another contract: NSE changes them (NIFTY was 75 in 2019, 50 in
 * 2022, 65 in 2026), so a master of today's contracts says nothing about an old file's.
 *
 * <p>A file that records no expiry (legacy CSV, Groww) gets the nearest expiry on or after its
 * snapshot's IST date among the {@code --expiry} dates of the underlying, else among the master's
 * (NSE's page and Groww's poll showed the nearest series). The tick size is the master's for the
 * underlying, else {@link #DEFAULT_TICK} (NSE index options trade in ₹0.05).
 */
public final class ContractTerms {
    /** NSE index options' price tick, rupees, used when no master lists the underlying. */
    public static final double DEFAULT_TICK = 0.05;

    private final UpstoxInstrumentMaster master;
    private final Map<String, Integer> lotSizes;
    private final Map<String, TreeSet<LocalDate>> expiries;
    private final Map<String, UpstoxInstrument> byContract = new HashMap<>();
    private final Map<String, TreeSet<LocalDate>> masterExpiries = new TreeMap<>();
    private final Map<String, String> symbolByUnderlyingKey = new HashMap<>();

    /**
     * @param master    the instrument master, or null
     * @param lotSizes  explicit lot size per underlying symbol
     * @param expiries  explicit expiry dates per underlying symbol, for files that record none
     */
    public ContractTerms(final UpstoxInstrumentMaster master, final Map<String, Integer> lotSizes,
                         final Map<String, List<LocalDate>> expiries) {
        this.master = master;
        this.lotSizes = Map.copyOf(lotSizes);
        this.expiries = new HashMap<>();
        expiries.forEach((u, dates) -> this.expiries.put(u, new TreeSet<>(dates)));
        if (master != null) {
            for (final UpstoxInstrument i : master.instruments()) {
                byContract.put(contractKey(i.underlying(), i.expiryDate(), i.strike(), i.right() == InstrumentSpec.RIGHT_CALL), i);
                masterExpiries.computeIfAbsent(i.underlying(), k -> new TreeSet<>()).add(i.expiryDate());
                symbolByUnderlyingKey.put(i.underlyingKey(), i.underlying());
            }
        }
    }

    /** No master, no overrides: every lot size must come from the files (none do today). */
    public static ContractTerms none() {
        return new ContractTerms(null, Map.of(), Map.of());
    }

    /** A contract's resolved facts. */
    public record Contract(int lotSize, LocalDate expiryDate, long expiryNanos) {
    }

    /** The underlying symbol of an Upstox underlying key: the master's, else the well-known index keys. */
    public String symbolOf(final String underlyingKey) {
        final String s = symbolByUnderlyingKey.get(underlyingKey);
        if (s != null) {
            return s;
        }
        switch (underlyingKey) {
            case "NSE_INDEX|Nifty 50":
                return "NIFTY";
            case "NSE_INDEX|Nifty Bank":
                return "BANKNIFTY";
            case "NSE_INDEX|Nifty Fin Service":
                return "FINNIFTY";
            default:
                return null;
        }
    }

    /** The price tick of {@code underlying}'s options. */
    public double tickSize(final String underlying) {
        if (master != null && master.underlyings().contains(underlying)) {
            return master.terms(underlying).tickSize();
        }
        return DEFAULT_TICK;
    }

    /**
     * The expiry of a chain whose file records none (nearest listed date on or after {@code snapshotDate}).
     *
     * @throws ChainFormatException naming what is missing
     */
    public LocalDate expiryFor(final String file, final String format, final String underlying, final LocalDate snapshotDate) {
        final TreeSet<LocalDate> given = expiries.get(underlying);
        final TreeSet<LocalDate> dates = given != null ? given : masterExpiries.get(underlying);
        final LocalDate d = dates == null ? null : dates.ceiling(snapshotDate);
        if (d == null) {
            throw new ChainFormatException(file, "expiry of the " + underlying + " chain", "missing: " + format
                + " files do not record it and " + (given != null ? "no --expiry " + underlying + "=DATE is"
                : master != null ? "the instrument master " + master.file() + " lists no " + underlying + " expiry"
                : "no --instruments master or --expiry " + underlying + "=DATE lists an expiry") + " on or after "
                + snapshotDate + "; give --expiry " + underlying + "=yyyy-MM-dd");
        }
        return d;
    }

    /**
     * The lot size and expiry instant of one leg.
     *
     * @param instrumentKey the file's key for the leg (Upstox), or null
     * @throws ChainFormatException naming the file, the contract and what is missing or contradictory
     */
    public Contract contract(final String file, final String format, final String underlying, final LocalDate expiry,
                             final double strike, final boolean call, final String instrumentKey) {
        final String name = ChainSnapshotEvents.symbol(underlying, strike, call, expiry);
        UpstoxInstrument listed = null;
        if (master != null) {
            listed = instrumentKey != null ? master.byKey(instrumentKey) : byContract.get(contractKey(underlying, expiry, strike, call));
            if (listed != null && instrumentKey != null && (!listed.expiryDate().equals(expiry) || listed.strike() != strike
                || (listed.right() == InstrumentSpec.RIGHT_CALL) != call)) {
                throw new ChainFormatException(file, name + " (" + instrumentKey + ")", "the instrument master "
                    + master.file() + " lists this key as " + listed.tradingSymbol());
            }
        }
        if (listed != null) {
            return new Contract(listed.lotSize(), listed.expiryDate(), listed.expiryNanos());
        }
        final Integer lot = lotSizes.get(underlying);
        if (lot == null) {
            throw new ChainFormatException(file, "lot size of " + name + (instrumentKey == null ? "" : " (" + instrumentKey + ")"),
                "missing: " + format + " files do not carry it and " + (master == null ? "no --instruments master was given"
                : "the instrument master " + master.file() + " does not list this contract")
                + "; give --instruments FILE or --lot-size " + underlying + "=N");
        }
        return new Contract(lot, expiry, ExpiryChain.expiryInstant(expiry));
    }

    private static String contractKey(final String underlying, final LocalDate expiry, final double strike, final boolean call) {
        return underlying + "|" + expiry + "|" + strike + (call ? "|CE" : "|PE");
    }
}

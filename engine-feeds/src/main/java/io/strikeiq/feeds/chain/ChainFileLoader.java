package io.strikeiq.feeds.chain;

import io.strikeiq.event.IngestFileInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one chain file for {@link ChainFileSource}, whole, before anything of it is replayed: digests
 * its bytes (SHA-256), detects its {@link ChainFormat} from the content, loads it with that format's
 * loader, resolves every leg's contract with {@link ContractTerms} and converts its values into the
 * engine's units ({@link PreparedLeg}). A file is replayed entirely or not at all: any problem
 * (unreadable, not UTF-8, malformed or truncated, a contract whose lot size or expiry is missing)
 * fails the file with one line naming the file and the field, and its record says FAILED.
 */
final class ChainFileLoader {
    /** The 09:15 IST open of NSE's F&O market (it has no pre-open session). */
    private static final java.time.LocalTime FNO_OPEN = java.time.LocalTime.of(9, 15);
    private final ContractTerms terms;

    ChainFileLoader(final ContractTerms terms) {
        this.terms = terms;
    }

    /** Loads {@code file} into its snapshots, filling {@code record}; on failure the record says why and the list is empty. */
    List<PreparedSnapshot> load(final Path file, final ChainIngestRecord record) {
        final String name = ChainFiles.name(file);
        try {
            final byte[] bytes = Files.readAllBytes(file);
            record.sha256 = sha256(bytes);
            final String text = ChainFiles.decode(bytes, file);
            final ChainFormat format = ChainFormat.detect(text, name);
            record.format = format.formatName;
            final List<PreparedSnapshot> out = prepare(text, name, format, record);
            record.snapshots = out.size();
            record.remaining = out.size();
            for (final PreparedSnapshot s : out) {
                record.legs += s.legs().size();
                record.minTime = record.minTime == Long.MIN_VALUE ? s.timeNanos() : Math.min(record.minTime, s.timeNanos());
                record.maxTime = Math.max(record.maxTime, s.timeNanos());
            }
            return out;
        } catch (final IOException e) {
            record.fail(IngestFileInfo.ERROR_IO, name + ": cannot read: " + e.getMessage());
        } catch (final ChainFormatException e) {
            record.fail(IngestFileInfo.ERROR_FORMAT, e.getMessage());
        } catch (final IllegalArgumentException e) { // a model invariant the file breaks (expiries out of order ...)
            record.fail(IngestFileInfo.ERROR_FORMAT, e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + e.getMessage());
        } catch (final RuntimeException e) {
            record.fail(IngestFileInfo.ERROR_OTHER, name + ": " + e);
        }
        record.legs = 0;
        record.snapshots = 0;
        record.remaining = 0;
        java.util.Arrays.fill(record.rejected, 0);
        java.util.Arrays.fill(record.flagged, 0);
        record.minTime = Long.MIN_VALUE;
        record.maxTime = Long.MIN_VALUE;
        return List.of();
    }

    private List<PreparedSnapshot> prepare(final String text, final String name, final ChainFormat format,
                                           final ChainIngestRecord record) {
        final List<PreparedSnapshot> out = new ArrayList<>();
        switch (format) {
            case NSE_API_JSON:
                out.add(prepare(NseOptionChainJsonLoader.parse(text, name), null, record, 0));
                break;
            case UPSTOX_REST_JSON: {
                final UpstoxOptionChainLoader.Response r = UpstoxOptionChainLoader.parse(text, name, terms::symbolOf);
                out.add(prepare(r.snapshot(), r, record, 0));
                break;
            }
            case NSE_LEGACY_CSV: {
                // The file records no expiry: load, then place the strikes under the resolved one.
                final ChainSnapshot provisional = NseLegacyCsvLoader.parse(text, name, LocalDate.of(2000, 1, 1));
                out.add(prepare(withExpiry(provisional, provisional.underlying(), format), null, record, 0));
                break;
            }
            case GROWW_JSON: {
                final String underlying = growwUnderlying(JsonNode.parse(text, name).elements().get(0).field("Inst"));
                int position = 0;
                for (final ChainSnapshot s : GrowwChainLoader.parse(text, name, underlying, LocalDate.of(2000, 1, 1))) {
                    out.add(prepare(withExpiry(s, underlying, format), null, record, position++));
                }
                break;
            }
            default:
                throw new IllegalStateException("format " + format);
        }
        record.underlying = out.get(0).underlying();
        return out;
    }

    /** Groww's {@code Inst} code: {@code B} is BANKNIFTY (the only code in the files we have). */
    private static String growwUnderlying(final JsonNode inst) {
        if ("B".equals(inst.asString())) {
            return "BANKNIFTY";
        }
        throw inst.fail("unknown Groww instrument code \"" + inst.asString() + "\" (known: B = BANKNIFTY)");
    }

    private ChainSnapshot withExpiry(final ChainSnapshot s, final String underlying, final ChainFormat format) {
        final LocalDate date = IstClock.local(s.timeNanos()).toLocalDate();
        final LocalDate expiry = terms.expiryFor(s.file(), format.formatName, underlying, date);
        return new ChainSnapshot(s.file(), s.format(), s.underlying(), s.timeNanos(), s.underlyingValue(), s.oiUnit(),
            s.volumeUnit(), List.of(new ExpiryChain(expiry, ExpiryChain.expiryInstant(expiry), s.nearest().strikes())), null);
    }

    private PreparedSnapshot prepare(final ChainSnapshot s, final UpstoxOptionChainLoader.Response upstox,
                                     final ChainIngestRecord record, final int position) {
        final List<PreparedLeg> legs = new ArrayList<>();
        final LocalDateTime local = IstClock.local(s.timeNanos());
        final boolean stale = local.toLocalTime().isBefore(FNO_OPEN);
        for (final ExpiryChain e : s.expiries()) {
            for (final StrikeRow row : e.strikes()) {
                for (int side = 0; side < 2; side++) {
                    final boolean call = side == 0;
                    final OptionQuote q = call ? row.call() : row.put();
                    if (q != null) {
                        final PreparedLeg leg = leg(s, e, row.strike(), call, q, upstox, record);
                        legs.add(leg);
                        flag(record, q, stale, leg.expiryDate().equals(local.toLocalDate()));
                    }
                }
            }
        }
        return new PreparedSnapshot(record.fileIndex(), position, s.underlying(), s.timeNanos(), s.underlyingValue(), legs);
    }

    private static void flag(final ChainIngestRecord record, final OptionQuote q, final boolean stale, final boolean expiryDay) {
        count(record, ChainIngestRecord.MISSING_OI, !q.has(OptionQuote.OI));
        count(record, ChainIngestRecord.MISSING_BID, !q.has(OptionQuote.BID));
        count(record, ChainIngestRecord.MISSING_ASK, !q.has(OptionQuote.ASK));
        count(record, ChainIngestRecord.STALE_SNAPSHOT, stale);
        count(record, ChainIngestRecord.EXPIRY_DAY, expiryDay);
    }

    private static void count(final ChainIngestRecord record, final int flag, final boolean set) {
        if (set) {
            record.flagged[flag]++;
        }
    }

    private PreparedLeg leg(final ChainSnapshot s, final ExpiryChain e, final double strike, final boolean call,
                            final OptionQuote q, final UpstoxOptionChainLoader.Response upstox, final ChainIngestRecord record) {
        final String key = upstox == null ? null : upstox.instrumentKey(e.expiryDate(), strike, call);
        final ContractTerms.Contract c = terms.contract(s.file(), s.format(), s.underlying(), e.expiryDate(), strike, call, key);
        final long oi = q.has(OptionQuote.OI) ? contracts(q.openInterest(), s.oiUnit(), c.lotSize()) : -1;
        final long volume = q.has(OptionQuote.VOLUME) ? contracts(q.volume(), s.volumeUnit(), c.lotSize()) : -1;
        final boolean tick = oi != FRACTIONAL && volume != FRACTIONAL;
        if (!tick) {
            record.rejected[ChainIngestRecord.FRACTIONAL_CONTRACTS]++;
        }
        return new PreparedLeg(s.underlying() + "|" + c.expiryDate() + "|" + strike + (call ? "|CE" : "|PE"), c.expiryDate(),
            c.expiryNanos(), strike, call, c.lotSize(), q.ltp(), q.bid(), q.ask(),
            q.has(OptionQuote.BID) ? (long) q.bidQty() : 0, q.has(OptionQuote.ASK) ? (long) q.askQty() : 0, q.impliedVol(),
            tick ? oi : -1, tick ? volume : -1, tick);
    }

    private static final long FRACTIONAL = Long.MIN_VALUE;

    /** Whole contracts, or {@link #FRACTIONAL} when the value is not a whole number of them. */
    private static long contracts(final double value, final QuantityUnit unit, final int lot) {
        final double contracts = unit == QuantityUnit.CONTRACTS ? value : value / lot;
        return contracts != Math.rint(contracts) || contracts >= 0x1p53 ? FRACTIONAL : (long) contracts;
    }

    private static byte[] sha256(final byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

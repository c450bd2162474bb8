package io.strikeiq.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static io.strikeiq.persistence.jooq.Tables.INSTRUMENTS;

/**
 * Resolves the instrument keys a user types to stored instrument ids, for every query. A key is
 * <ul>
 *   <li>a symbol as stored, or before its {@code @<vendor id>} (a DBN contract {@code NQH5@5482}
 *       is found as {@code NQH5}): a raw contract symbol ({@code NQH5}, {@code ESH1}), a continuous
 *       series ({@code NQ.v.0}, with every contract defined under it), an underlying
 *       ({@code NIFTY});</li>
 *   <li>{@code VENUE:SYMBOL}: the same within one venue ({@code GLBX.MDP3:NQ.v.0});</li>
 *   <li>{@code VENUE:ROOT}: a product root ({@code GLBX.MDP3:NQ}): its continuous series
 *       ({@code NQ.v.0}, {@code NQ.c.1} ...), the contracts under them, and its outright contracts
 *       by raw symbol (root, a CME month code and the year: {@code NQH5}, {@code NQZ24}); spreads
 *       ({@code NQH5-NQM5}) are not outrights and are not included;</li>
 *   <li>{@code VENUE:vendor id} ({@code GLBX.MDP3:5482}): the instrument of that vendor id.</li>
 * </ul>
 * An unknown key is an {@link IllegalArgumentException} naming it, the closest stored symbols,
 * and how to list them all.
 */
public final class InstrumentKeys {
    /** How many close matches an unknown key's error lists. */
    static final int SUGGESTIONS = 5;
    private static final String MONTH_CODES = "[FGHJKMNQUVXZ]";

    private final DSLContext ctx;

    public InstrumentKeys(final DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The instruments {@code key} names directly (no contracts of a series), ascending. */
    public List<Long> exact(final String key) {
        final List<Long> ids = ids(direct(key));
        if (ids.isEmpty()) {
            throw unknown(key);
        }
        return ids;
    }

    /**
     * The instruments {@code key} names plus those defined with one of them as underlying (a
     * continuous series names every contract it rolled through), ascending.
     */
    public List<Long> withContracts(final String key) {
        final List<Long> ids = exact(key);
        return ctx.select(INSTRUMENTS.INSTRUMENT_ID).from(INSTRUMENTS)
            .where(INSTRUMENTS.INSTRUMENT_ID.in(ids)).or(INSTRUMENTS.UNDERLYING_ID.in(ids))
            .orderBy(INSTRUMENTS.INSTRUMENT_ID).fetch(INSTRUMENTS.INSTRUMENT_ID);
    }

    private List<Long> ids(final Condition c) {
        return ctx.select(INSTRUMENTS.INSTRUMENT_ID).from(INSTRUMENTS).where(c)
            .orderBy(INSTRUMENTS.INSTRUMENT_ID).fetch(INSTRUMENTS.INSTRUMENT_ID);
    }

    private Condition direct(final String key) {
        final Condition bySymbol = symbol(key);
        final int colon = key.lastIndexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return bySymbol;
        }
        final String venue = key.substring(0, colon);
        final String rest = key.substring(colon + 1);
        final Condition inVenue = INSTRUMENTS.VENUE.equalIgnoreCase(venue);
        return bySymbol.or(inVenue.and(symbol(rest)
            .or(INSTRUMENTS.INSTRUMENT_KEY.eq(InstrumentIdentity.VENDOR + rest))
            .or(isProductRoot(rest) ? ofRoot(rest) : DSL.falseCondition())));
    }

    /** Stored as {@code symbol}, or as {@code symbol@<vendor id>} (a DBN contract: {@code NQH5@5482}). */
    private static Condition symbol(final String symbol) {
        return INSTRUMENTS.SYMBOL.eq(symbol).or(INSTRUMENTS.SYMBOL.likeRegex("^" + quote(symbol) + "@[0-9]+$"));
    }

    private static String quote(final String s) {
        final StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Series {@code ROOT.x.n} and outright contracts {@code ROOT} + month code + 1 or 2 year digits. */
    private static Condition ofRoot(final String root) {
        final String quoted = quote(root);
        return INSTRUMENTS.SYMBOL.likeRegex("^" + quoted + "\\.[a-z]\\.[0-9]+$")
            .or(INSTRUMENTS.SYMBOL.likeRegex("^" + quoted + MONTH_CODES + "[0-9]{1,2}(@[0-9]+)?$"));
    }

    /** A product root is 1 to 6 upper-case letters or digits (NQ, ES, 6E, RTY). */
    private static boolean isProductRoot(final String s) {
        return s.matches("[A-Z0-9]{1,6}");
    }

    private IllegalArgumentException unknown(final String key) {
        final String typed = key.toUpperCase(Locale.ROOT);
        final List<Record2<String, String>> all = ctx.selectDistinct(INSTRUMENTS.VENUE, INSTRUMENTS.SYMBOL)
            .from(INSTRUMENTS).orderBy(INSTRUMENTS.VENUE, INSTRUMENTS.SYMBOL).limit(100_000).fetch();
        final List<String> close = new ArrayList<>();
        all.stream()
            .map(r -> new Object[] {r.value1() + ":" + r.value2(), distanceToName(typed, r.value2())})
            .filter(o -> (int) o[1] <= Math.max(2, typed.length() / 3))
            .sorted(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
            .limit(SUGGESTIONS)
            .forEach(o -> close.add((String) o[0]));
        final String hint = all.isEmpty() ? "no instruments are stored yet (drain a journal first)"
            : (close.isEmpty() ? "no stored symbol is close" : "close matches: " + String.join(", ", close))
                + "; keys are a symbol (NQH5, NQ.v.0), VENUE:SYMBOL or VENUE:ROOT (GLBX.MDP3:NQ); list them with"
                + " SELECT venue, symbol, instrument_key FROM instruments";
        return new IllegalArgumentException("unknown symbol " + key + ": no stored instrument has that key; " + hint);
    }

    /** Distance of {@code typed} to a stored symbol, or to its name before the {@code @<vendor id>}. */
    private static int distanceToName(final String typed, final String symbol) {
        final String upper = symbol.toUpperCase(Locale.ROOT);
        final int at = upper.lastIndexOf('@');
        final int full = distance(typed, upper);
        return at > 0 ? Math.min(full, distance(typed, upper.substring(0, at))) : full;
    }

    /** Levenshtein distance (symbols are short; the list is the instruments table). */
    static int distance(final String a, final String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            final int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

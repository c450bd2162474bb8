package io.strikeiq.analytics.snapshot;

import io.strikeiq.sbe.ContractSnapshotEncoder;
import io.strikeiq.sbe.UnderlyingSnapshotEncoder;
import io.strikeiq.signal.OutputRecords;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.OptionLegFlyweight;
import java.util.Arrays;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One storage snapshot captured at its boundary event and written to the records sink a budget of
 * rows at a time. The capture is the row plan in output order: underlying rows already encoded
 * (the engines' metrics at the boundary, {@link #addUnderlyingRow}) and chains captured
 * copy-on-write ({@link #addChain}, {@link ChainCapture}), each chain expanding to one contract row
 * per listed leg, strike ascending, call before put; a chain's capture is closed as soon as its last
 * row is written. {@link #write} resumes where the previous call stopped, so a snapshot written
 * over several events is the same byte sequence as one written at once; every row carries the
 * boundary's input sequence and time (the snapshot id), its row index being its position in that
 * sequence. Buffers grow with the market (definition time) and are reused: allocation-free after warm-up.
 */
public final class SnapshotRows {
    private final ContractRowEncoder contract = new ContractRowEncoder();
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private UnsafeBuffer underlyingRows = new UnsafeBuffer(new byte[8 * UnderlyingRowEncoder.LENGTH]);
    private ChainCapture[] chains = new ChainCapture[0];
    /** Plan, in output order: {@code >= 0} an underlying row's index, {@code < 0} chain {@code -1 - item}. */
    private int[] plan = new int[16];
    private int items;
    private int underlyingCount;
    private int chainCount;
    private long sequence;
    private long time;
    private int rows;
    private int written;
    private int item;
    /** Next leg of the current chain item: slot * 2 + side. */
    private int legCursor;
    private long refused;

    /**
     * Grows every buffer to what a capture of {@code underlyings} underlying rows and
     * {@code chainCount} chains needs, so the boundary event that captures allocates nothing;
     * called when instruments are defined. Contents are untouched.
     */
    public void reserve(final int underlyings, final int chainCount) {
        if (chainCount > chains.length) {
            final int old = chains.length;
            chains = Arrays.copyOf(chains, Math.max(chainCount, Math.max(4, 2 * old)));
            for (int i = old; i < chains.length; i++) {
                chains[i] = new ChainCapture();
            }
        }
        final int rowsBytes = (underlyings + chainCount) * UnderlyingRowEncoder.LENGTH;
        if (rowsBytes > underlyingRows.capacity()) {
            final UnsafeBuffer grown = new UnsafeBuffer(new byte[Math.max(rowsBytes, 2 * underlyingRows.capacity())]);
            grown.putBytes(0, underlyingRows, 0, underlyingCount * UnderlyingRowEncoder.LENGTH);
            underlyingRows = grown;
        }
        // One item per underlying row (one per underlying and one per chain) and one per chain.
        final int planItems = underlyings + 2 * chainCount;
        if (planItems > plan.length) {
            plan = Arrays.copyOf(plan, Math.max(planItems, 2 * plan.length));
        }
    }

    /** Starts a new capture (the previous one must be done or abandoned) for the boundary event {@code sequence}. */
    public void begin(final long sequence, final long time) {
        releaseAll();
        this.sequence = sequence;
        this.time = time;
        items = 0;
        underlyingCount = 0;
        chainCount = 0;
        rows = 0;
        written = 0;
        item = 0;
        legCursor = 0;
    }

    /**
     * Appends an underlying row to the plan; the caller encodes it ({@link UnderlyingRowEncoder#LENGTH}
     * bytes) into {@link #underlyingBuffer()} at the returned offset.
     */
    public int addUnderlyingRow() {
        final int at = underlyingCount * UnderlyingRowEncoder.LENGTH;
        if (at + UnderlyingRowEncoder.LENGTH > underlyingRows.capacity()) {
            final UnsafeBuffer grown = new UnsafeBuffer(new byte[2 * underlyingRows.capacity()]);
            grown.putBytes(0, underlyingRows, 0, at);
            underlyingRows = grown;
        }
        addItem(underlyingCount++);
        rows++;
        return at;
    }

    public MutableDirectBuffer underlyingBuffer() {
        return underlyingRows;
    }

    /** Appends {@code chain}'s contract rows to the plan, its legs as they are now. */
    public void addChain(final ChainState chain) {
        if (chainCount == chains.length) {
            chains = Arrays.copyOf(chains, Math.max(4, 2 * chains.length));
            for (int i = chainCount; i < chains.length; i++) {
                chains[i] = new ChainCapture();
            }
        }
        final ChainCapture capture = chains[chainCount];
        capture.capture(chain);
        addItem(-1 - chainCount++);
        rows += capture.listedLegs();
    }

    private void addItem(final int value) {
        if (items == plan.length) {
            plan = Arrays.copyOf(plan, 2 * plan.length);
        }
        plan[items++] = value;
    }

    /**
     * Writes up to {@code max} of the rows not yet written, in plan order. Stops early when the
     * sink refuses a claim (counted; the row stays pending for the next call).
     *
     * @return rows written
     */
    public int write(final OutputRecords out, final int max) {
        int n = 0;
        while (n < max && written < rows) {
            final int ref = plan[item];
            if (ref >= 0) {
                final int at = out.tryClaim(UnderlyingSnapshotEncoder.TEMPLATE_ID, UnderlyingRowEncoder.LENGTH);
                if (at == OutputRecords.NO_ROOM) {
                    refused++;
                    return n;
                }
                out.buffer().putBytes(at, underlyingRows, ref * UnderlyingRowEncoder.LENGTH, UnderlyingRowEncoder.LENGTH);
                out.commit(at);
                item++;
            } else {
                final ChainCapture chain = chains[-1 - ref];
                final int legs = 2 * chain.slotCount();
                while (legCursor < legs && !chain.leg(legCursor >> 1, legCursor & 1, leg).isListed()) {
                    legCursor++;
                }
                if (legCursor == legs) {
                    chain.release();
                    item++;
                    legCursor = 0;
                    continue;
                }
                final int at = out.tryClaim(ContractSnapshotEncoder.TEMPLATE_ID, ContractRowEncoder.LENGTH);
                if (at == OutputRecords.NO_ROOM) {
                    refused++;
                    return n;
                }
                contract.encode(out.buffer(), at, sequence, time, chain, legCursor >> 1, legCursor & 1);
                out.commit(at);
                legCursor++;
            }
            written++;
            n++;
        }
        if (written == rows) {
            // The last rows may end before a chain's trailing unlisted slots were stepped over.
            releaseAll();
        }
        return n;
    }

    /** Gives up the rows not yet written (after a failure); returns how many there were. */
    public int abandon() {
        final int left = rows - written;
        written = rows;
        releaseAll();
        return left;
    }

    /** Closes every chain capture of this snapshot (closing is idempotent). */
    private void releaseAll() {
        for (int i = 0; i < chainCount; i++) {
            chains[i].release();
        }
    }

    /** True while captured rows remain to be written. */
    public boolean pending() {
        return written < rows;
    }

    /** Rows captured but not yet written. */
    public int remaining() {
        return rows - written;
    }

    /** Rows of the current (or last) capture. */
    public int rows() {
        return rows;
    }

    /** Input sequence of the boundary event that captured the current (or last) snapshot: its id. */
    public long sequence() {
        return sequence;
    }

    /** Claims the sink refused (one event's records exceeding the arena). */
    public long refused() {
        return refused;
    }
}

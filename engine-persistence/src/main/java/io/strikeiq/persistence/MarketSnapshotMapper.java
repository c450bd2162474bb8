package io.strikeiq.persistence;

import io.strikeiq.persistence.jooq.tables.records.MarketSnapshotsRecord;
import io.strikeiq.sbe.UnderlyingSnapshotDecoder;
import org.agrona.DirectBuffer;

import static io.strikeiq.persistence.jooq.Tables.MARKET_SNAPSHOTS;

/** UnderlyingSnapshot (output template 21) → {@code market_snapshots}, jOOQ upsert (DO NOTHING). */
public final class MarketSnapshotMapper extends UpsertMapper<MarketSnapshotsRecord> {
    private final JournalInstruments instruments;
    private final UnderlyingSnapshotDecoder decoder = new UnderlyingSnapshotDecoder();

    MarketSnapshotMapper(final JournalInstruments instruments) {
        super(MARKET_SNAPSHOTS);
        this.instruments = instruments;
    }

    @Override
    public int templateId() {
        return UnderlyingSnapshotDecoder.TEMPLATE_ID;
    }

    @Override
    protected void fill(final MarketSnapshotsRecord r, final DirectBuffer buffer, final int offset,
                        final int blockLength, final int version) {
        final UnderlyingSnapshotDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        r.setUnderlyingId(instruments.stable(d.underlyingId()));
        r.setSnapshotTime(Instants.utc(d.eventTime()));
        r.setExpiry(Instants.utcOrNull(d.expiry()));
        r.setInputSequence(d.inputSequence());
        r.setSpot(Instants.orNull(d.spot()));
        r.setForward(Instants.orNull(d.forward()));
        r.setVwap(Instants.orNull(d.vwap()));
        r.setChange(Instants.orNull(d.change()));
        r.setChangePct(Instants.orNull(d.changePct()));
        r.setVolume(d.volume());
        r.setRsi(Instants.orNull(d.rsi()));
        r.setMomentum(Instants.orNull(d.momentum()));
        r.setGammaRegime((short) d.gammaRegime());
        r.setPcrOi(Instants.orNull(d.pcrOi()));
        r.setPcrVolume(Instants.orNull(d.pcrVolume()));
        r.setPcrZ(Instants.orNull(d.pcrZ()));
        r.setMaxPain(Instants.orNull(d.maxPain()));
        r.setAtmStrike(Instants.orNull(d.atmStrike()));
        r.setAtmStraddle(Instants.orNull(d.atmStraddle()));
        r.setStraddleChange(Instants.orNull(d.straddleChange()));
        r.setExpectedMoveStraddle(Instants.orNull(d.expectedMoveStraddle()));
        r.setExpectedMoveIv(Instants.orNull(d.expectedMoveIv()));
        r.setSupportWall(Instants.orNull(d.supportWall()));
        r.setResistanceWall(Instants.orNull(d.resistanceWall()));
        r.setOiAcceleration(Instants.orNull(d.oiAcceleration()));
        r.setIvRegime((short) d.ivRegime());
        r.setAtmIv(Instants.orNull(d.atmIv()));
        r.setTotalGex(Instants.orNull(d.totalGex()));
        r.setGammaFlip(Instants.orNull(d.gammaFlip()));
        r.setCallWall(Instants.orNull(d.callWall()));
        r.setPutWall(Instants.orNull(d.putWall()));
        r.setGexConvention(EnumNames.gexConventionName(d.gexConvention()));
    }
}

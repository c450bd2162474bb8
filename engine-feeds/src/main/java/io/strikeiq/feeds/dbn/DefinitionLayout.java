package io.strikeiq.feeds.dbn;

/**
 * Byte offsets of the instrument-definition fields this project reads and writes, for each DBN
 * version (360 bytes in v1, 400 in v2, 520 in v3). One table serves both the
 * {@link InstrumentDefRecord} flyweight and {@link DbnEncoder}, so reading and writing cannot drift.
 */
final class DefinitionLayout {
    static final DefinitionLayout V1 = new DefinitionLayout(360, 104, 328, -1, 116, 120, 160, 180, 184, 186,
            200, 22, 222, 243, 248, 7, 255, 262, 269, 300, 325, 342, 349, 350, 351);
    static final DefinitionLayout V2 = new DefinitionLayout(400, 104, 112, -1, 124, 128, 164, 180, 184, 186,
            200, 71, 271, 292, 297, 7, 304, 311, 318, 349, 374, 375, 382, 383, 384);
    static final DefinitionLayout V3 = new DefinitionLayout(520, 96, 104, 112, 140, -1, 176, 214, 218, 224,
            238, 71, 309, 330, 335, 11, 346, 353, 360, 391, 487, 488, 493, 494, 495);

    final int size;
    final int priceRatio;
    final int strikePrice;
    /** u64 raw_instrument_id in v3, -1 where it is the u32 at {@link #rawInstrumentId32}. */
    final int rawInstrumentId64;
    final int underlyingId;
    final int rawInstrumentId32;
    final int contractMultiplier;
    final int maturityYear;
    final int channelId;
    final int currency;
    final int rawSymbol;
    final int rawSymbolLength;
    final int group;
    final int exchange;
    final int asset;
    final int assetLength;
    final int cfi;
    final int securityType;
    final int unitOfMeasure;
    final int underlying;
    final int instrumentClass;
    final int matchAlgorithm;
    final int securityUpdateAction;
    final int maturityMonth;
    final int maturityDay;

    private DefinitionLayout(final int size, final int priceRatio, final int strikePrice, final int rawInstrumentId64,
            final int underlyingId, final int rawInstrumentId32, final int contractMultiplier, final int maturityYear,
            final int channelId, final int currency, final int rawSymbol, final int rawSymbolLength, final int group,
            final int exchange, final int asset, final int assetLength, final int cfi, final int securityType,
            final int unitOfMeasure, final int underlying, final int instrumentClass, final int matchAlgorithm,
            final int securityUpdateAction, final int maturityMonth, final int maturityDay) {
        this.size = size;
        this.priceRatio = priceRatio;
        this.strikePrice = strikePrice;
        this.rawInstrumentId64 = rawInstrumentId64;
        this.underlyingId = underlyingId;
        this.rawInstrumentId32 = rawInstrumentId32;
        this.contractMultiplier = contractMultiplier;
        this.maturityYear = maturityYear;
        this.channelId = channelId;
        this.currency = currency;
        this.rawSymbol = rawSymbol;
        this.rawSymbolLength = rawSymbolLength;
        this.group = group;
        this.exchange = exchange;
        this.asset = asset;
        this.assetLength = assetLength;
        this.cfi = cfi;
        this.securityType = securityType;
        this.unitOfMeasure = unitOfMeasure;
        this.underlying = underlying;
        this.instrumentClass = instrumentClass;
        this.matchAlgorithm = matchAlgorithm;
        this.securityUpdateAction = securityUpdateAction;
        this.maturityMonth = maturityMonth;
        this.maturityDay = maturityDay;
    }

    static DefinitionLayout forVersion(final int version) {
        return version == 1 ? V1 : version == 2 ? V2 : V3;
    }
}

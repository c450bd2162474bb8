package io.strikeiq.feeds.chain;

/**
 * What a snapshot's open interest and volume count: NSE's JSON API counts contracts (lots), the
 * 2019 option-chain page and Groww count shares (lots × lot size). The event converter turns
 * shares into contracts with the lot size it is given, because the engine's ticks carry contracts.
 */
public enum QuantityUnit {
    /** Contracts (lots). */
    CONTRACTS,
    /** Shares of the underlying: contracts × lot size. */
    SHARES
}

package io.strikeiq.feeds.chain;

/**
 * What a snapshot's open interest or volume counts: NSE's JSON API counts both in contracts (lots);
 * the 2019 option-chain page counts OI in shares (lots × lot size) but volume in contracts (its
 * volumes are not multiples of the lot: 178 on a lot of 75); Groww counts OI in shares. The event converter turns
 * shares into contracts with the lot size it is given, because the engine's ticks carry contracts.
 */
public enum QuantityUnit {
    /** Contracts (lots). */
    CONTRACTS,
    /** Shares of the underlying: contracts × lot size. */
    SHARES
}

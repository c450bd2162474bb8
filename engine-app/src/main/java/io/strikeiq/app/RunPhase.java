package io.strikeiq.app;

/**
 * One leg of a run: a number of events offered at a rate. The demo runs a throughput phase (as
 * fast as the pipeline accepts) and then a latency phase at a fixed offered rate, because
 * tick-to-publish latency measured while the ring is saturated is queueing time, not latency.
 *
 * @param name shown in the summary
 * @param events events to publish; 0 = until the source ends or a stop signal
 * @param ratePerSecond offered rate; 0 = as fast as possible
 */
record RunPhase(String name, long events, double ratePerSecond) {
}

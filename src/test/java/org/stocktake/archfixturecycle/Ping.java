package org.stocktake.archfixturecycle;

/** One half of a cycle between two feature packages. */
public final class Ping {
    org.stocktake.archfixture.service.Pong pong;
}

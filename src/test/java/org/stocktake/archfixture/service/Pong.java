package org.stocktake.archfixture.service;

/** The other half of a cycle between two feature packages. */
public final class Pong {
    org.stocktake.archfixturecycle.Ping ping;
}

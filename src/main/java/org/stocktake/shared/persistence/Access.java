package org.stocktake.shared.persistence;

/** How a workspace's database is opened: for changes, or only to read (which leaves its file untouched). */
public enum Access {
    WRITE,
    READ
}

package org.stocktake.shared.persistence;

import org.jooq.DSLContext;

/**
 * The handle of one unit of work on the database. Services receive it from {@link Database} and hand it to their
 * repositories, so several repositories can write in the same transaction while only the repositories speak SQL.
 */
public interface Transaction extends DSLContext {}

package org.stocktake.app.cli;

import java.util.function.Function;

/**
 * One column of a listing: its name in CSV headers and JSON fields, its heading in a table, and how a row gives its
 * value. Some columns only make sense to one audience: a table shows "7/11" where data carries both numbers.
 */
record Column<T>(String name, String heading, Function<T, Object> value, Shown shown) {

    enum Shown {
        EVERYWHERE,
        TABLE_ONLY,
        DATA_ONLY
    }

    static <T> Column<T> of(String name, String heading, Function<T, Object> value) {
        return new Column<>(name, heading, value, Shown.EVERYWHERE);
    }

    static <T> Column<T> tableOnly(String heading, Function<T, Object> value) {
        return new Column<>(heading.toLowerCase(java.util.Locale.ROOT), heading, value, Shown.TABLE_ONLY);
    }

    static <T> Column<T> dataOnly(String name, Function<T, Object> value) {
        return new Column<>(name, name.toUpperCase(java.util.Locale.ROOT), value, Shown.DATA_ONLY);
    }

    boolean inTable() {
        return shown != Shown.DATA_ONLY;
    }

    boolean inData() {
        return shown != Shown.TABLE_ONLY;
    }
}

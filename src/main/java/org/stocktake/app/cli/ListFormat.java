package org.stocktake.app.cli;

/** How a list is printed: an aligned table for people, CSV or JSON for spreadsheets and scripts. */
enum ListFormat {
    TABLE,
    CSV,
    JSON
}

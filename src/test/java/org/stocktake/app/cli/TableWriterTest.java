package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    private record Pair(String left, String right) {}

    private static final List<Column<Pair>> COLUMNS =
            List.of(Column.of("left", "LEFT", Pair::left), Column.of("right", "RIGHT", Pair::right));

    private static List<String> table(Pair... rows) {
        StringWriter out = new StringWriter();
        TableWriter.write(new Listing<>("pair", COLUMNS, List.of(rows)), new PrintWriter(out));
        return out.toString().lines().toList();
    }

    @Test
    void columnsAreTwoSpacesApartUnderARule() {
        assertThat(table(new Pair("STATUS", "x"), new Pair("a", "y")))
                .containsExactly("LEFT    RIGHT", "------  -----", "STATUS  x", "a       y", "2 pairs");
    }

    @Test
    void theCountIsWrittenAsPeopleWriteIt() {
        assertThat(table(new Pair("a", "b"))).last().isEqualTo("1 pair");
        assertThat(table()).last().isEqualTo("0 pairs");
    }

    @Test
    void everyControlCharacterIsShownEscaped() {
        assertThat(TerminalText.escape("a\u001b[2Jb")).isEqualTo("a\\e[2Jb");
        assertThat(TerminalText.escape("\u0000\u0007\u007f\u0085\u009b"))
                .isEqualTo("\\u0000\\u0007\\u007f\\u0085\\u009b");
        assertThat(TerminalText.escape("x\u202ey\u2066z\u200f")).isEqualTo("x\\u202ey\\u2066z\\u200f");
        assertThat(TerminalText.escape("line\r\nnext\ttab")).isEqualTo("line\\r\\nnext\\ttab");
        assertThat(TerminalText.escape("Café – naïve … 東京 😀")).isEqualTo("Café – naïve … 東京 😀");
    }

    @Test
    void aLongCellIsCutWithAnEllipsis() {
        String cell = TableWriter.cell("x".repeat(100));

        assertThat(cell).hasSize(TableWriter.MAX_CELL).endsWith("x…");
        assertThat(TableWriter.cell("😀".repeat(100))
                        .codePointCount(0, TableWriter.cell("😀".repeat(100)).length()))
                .as("cut between characters, not inside one")
                .isEqualTo(TableWriter.MAX_CELL);
    }

    @Test
    void anEscapeIsNeverCutIntoARawControlCharacter() {
        String cell = TableWriter.cell("\u001b".repeat(100));

        assertThat(cell).doesNotContain("\u001b").endsWith("…");
    }
}

package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchHit;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.search.SearchResult;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake search "QUERY"}: the library's documents that match, best first, each at its best page. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the text of every document in the library. Words must all appear (spelling and OCR"
                + " slips are forgiven); \"quoted words\" must appear together; word* matches words it begins.",
        footer = {
            "%nExamples:",
            "  stocktake search \"financial strategy\"",
            "  stocktake search Crabtree --kind letter-in --from 2016-01-01",
            "  stocktake search \"stocktake report\" --format json",
            "  stocktake search budget --recommendation kerslake-2014:5"
        })
public final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    StocktakeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only documents of this kind.")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before this day.")
    LocalDate to;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only documents with this tag.")
    String tag;

    @Option(names = "--person", paramLabel = "NAME", description = "Only documents from or to this person.")
    String person;

    @Option(
            names = "--recommendation",
            paramLabel = "REVIEW:NUMBER",
            description = "Only documents that bear on this recommendation, themselves or through a note.")
    String recommendation;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N documents (default 20).")
    int limit;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "table|json",
            description = "How to print the results (default: table).")
    ListFormat format;

    /** A hit as printed, with the document it is in. */
    record Row(SearchHit hit, EvidenceItem item) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.of("id", "ID", row -> row.item().id()),
            Column.of("title", "TITLE", row -> row.item().title()),
            Column.dataOnly("file", row -> row.item().fileName()),
            Column.of("page", "PAGE", row -> row.hit().page()),
            Column.of(
                    "score",
                    "SCORE",
                    row -> String.format(
                            java.util.Locale.ROOT, "%.2f", row.hit().score())),
            Column.of("snippet", "SNIPPET", row -> row.hit().snippet().text()));

    @Override
    public Integer call() {
        if (format == ListFormat.CSV) {
            throw new ValidationException("Search results print as a table or as JSON; use --format table or json.");
        }
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("--limit takes a number from 1 to 1000.");
        }
        Set<String> kinds =
                kind == null ? Set.of() : Set.of(EvidenceCommand.kindNamed(kind).name());
        try (AppContext context = root.openContext()) {
            Long bearingOn =
                    recommendation == null ? null : RecommendationChoice.id(recommendation, context.recommendations());
            SearchResult result = context.evidenceSearch()
                    .search(new SearchQuery(
                            query, kinds, from, to, tag == null ? Set.of() : Set.of(tag), person, bearingOn, limit));
            Map<Long, EvidenceItem> items = new HashMap<>();
            List<Row> rows = result.hits().stream()
                    .map(hit -> new Row(hit, items.computeIfAbsent(hit.itemId(), context.evidence()::item)))
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            Output.list(new Listing<>("hit", COLUMNS, rows), format, out);
            if (format == ListFormat.TABLE && rows.isEmpty()) {
                result.didYouMean().ifPresent(s -> out.println("Did you mean: " + TerminalText.escape(s) + "?"));
                out.flush();
            }
            return 0;
        }
    }
}

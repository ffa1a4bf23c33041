package org.stocktake.app.ui;

import java.util.List;
import java.util.function.Supplier;
import org.stocktake.assessments.service.CitationLabel;
import org.stocktake.assessments.ui.CitableLibrary;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.evidence.service.EvidenceService;

/** The library as the assessment grid cites it: searched by words, and opened at a page in the library screen. */
final class LibraryCitations implements CitableLibrary {

    /** A picker lists enough to choose from; more words find the rest. */
    static final int SHOWN = 50;

    private final EvidenceService evidence;
    private final Supplier<EvidenceSearch> search;
    private final LibraryInsight.Opener open;

    LibraryCitations(EvidenceService evidence, Supplier<EvidenceSearch> search, LibraryInsight.Opener open) {
        this.evidence = evidence;
        this.search = search;
        this.open = open;
    }

    @Override
    public List<Citable> find(String words) {
        if (words == null || words.isBlank()) {
            return evidence.items().stream()
                    .limit(SHOWN)
                    .map(item -> citable(item, 1))
                    .toList();
        }
        return search.get().search(SearchQuery.of(words.strip()).withLimit(SHOWN)).hits().stream()
                .map(hit -> citable(evidence.item(hit.itemId()), hit.page()))
                .toList();
    }

    private static Citable citable(EvidenceItem item, int page) {
        return new Citable(item.id(), CitationLabel.of(item, null), Math.max(1, item.pageCount()), Math.max(1, page));
    }

    @Override
    public void open(long itemId, int page) {
        open.open(itemId, page);
    }
}

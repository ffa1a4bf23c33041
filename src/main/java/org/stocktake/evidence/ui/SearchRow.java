package org.stocktake.evidence.ui;

import org.stocktake.evidence.search.SearchHit;
import org.stocktake.evidence.service.EvidenceItem;

/** A search result as listed: the hit and the document it is in. */
public record SearchRow(SearchHit hit, EvidenceItem item) {}

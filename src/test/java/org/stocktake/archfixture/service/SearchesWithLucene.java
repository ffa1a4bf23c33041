package org.stocktake.archfixture.service;

import org.apache.lucene.search.IndexSearcher;

/** A service outside the search index that queries Lucene itself. */
public final class SearchesWithLucene {
    IndexSearcher searcher;
}

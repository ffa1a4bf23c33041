package org.stocktake.evidence.search;

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.*;
import org.stocktake.shared.task.Progress;

public class ScratchProfile {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        if (!Files.exists(folder.resolve("current"))) {
            try (SearchIndex index = SearchIndex.open(folder)) {
                java.lang.reflect.Method letter = SearchIndexBenchmark.class.getDeclaredMethod("letter", int.class);
                letter.setAccessible(true);
                index.rebuild(
                        IntStream.range(0, n).mapToObj(i -> {
                            try {
                                return (IndexedItem) letter.invoke(null, i);
                            } catch (Exception e) {
                                throw new RuntimeException(e);
                            }
                        }),
                        n,
                        Progress.NONE);
            }
        }
        String gen = Files.readString(folder.resolve("current")).strip();
        try (Directory dir = FSDirectory.open(folder.resolve(gen));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> searches = List.of(
                    "housing",
                    "budget consultation",
                    "children services improvement",
                    "Kerslake",
                    "\"improvement panel\"",
                    "\"chief executive\" governance",
                    "kersl*",
                    "Crabtre",
                    "governnce",
                    "Birmingam council savings");
            for (int round = 0; round < 12; round++) {
                StringBuilder line = new StringBuilder();
                for (String s : searches) {
                    long t0 = System.nanoTime();
                    TypedQuery typed = TypedQuery.read(s);
                    List<Query> parts = new ArrayList<>();
                    for (TypedQuery.Part p : typed.parts()) parts.add(searcher.rewrite(Matching.of(p, true)));
                    long t1 = System.nanoTime();
                    BestPages pages = new BestPages(searcher);
                    long t2 = System.nanoTime();
                    long t3 = System.nanoTime();
                    List<BestPages.Best> best = pages.rank(parts);
                    long t4 = System.nanoTime();
                    Snippets snippets = new Snippets(typed, Set.of());
                    for (BestPages.Best b : best.subList(0, Math.min(50, best.size()))) {
                        String text = searcher.storedFields()
                                .document(b.doc(), Set.of("text"))
                                .get("text");
                        snippets.of(text);
                    }
                    long t5 = System.nanoTime();
                    if (round == 11)
                        line.append(String.format(
                                "%-32s rw %5.1f heads %5.1f and %5.1f best %5.1f snip %5.1f%n",
                                s,
                                (t1 - t0) / 1e6,
                                (t2 - t1) / 1e6,
                                (t3 - t2) / 1e6,
                                (t4 - t3) / 1e6,
                                (t5 - t4) / 1e6));
                }
                System.out.print(line);
            }
        }
    }
}

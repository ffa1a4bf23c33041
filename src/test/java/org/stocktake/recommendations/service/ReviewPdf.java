package org.stocktake.recommendations.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A review as councils publish them, made on the spot: a title page, contents with dotted leaders, chapters of
 * numbered paragraphs with a few recommendations in them, a summary of all eleven recommendations under two themes
 * and split over a page break (one word hyphenated across it), and an annex numbered again from 1.
 */
public final class ReviewPdf {

    /** The summary's recommendations: number, theme, first sentence, page. */
    public record Expected(String number, String theme, String title, int page) {}

    public static final List<Expected> EXPECTED = List.of(
            new Expected(
                    "1",
                    "Leadership",
                    "Publish a single improvement plan, owned by the leader and the chief executive.",
                    5),
            new Expected("2", "Leadership", "Report progress on the plan to full council every quarter.", 5),
            new Expected("3", "Leadership", "Strengthen the audit committee with two independent members.", 5),
            new Expected("4", "Leadership", "Review the scheme of delegation by the end of the year.", 5),
            new Expected(
                    "5", "Finance", "Set a balanced budget for the next three years without drawing on reserves.", 5),
            new Expected("6", "Finance", "Agree a programme of savings and service improvement with named owners.", 5),
            new Expected("7", "Finance", "Bring the capital programme within the council's means.", 6),
            new Expected("8", "Finance", "Stop using capitalisation directions to balance revenue spending.", 6),
            new Expected("9", "Finance", "Rebuild the finance team's capacity, including a permanent S151 officer.", 6),
            new Expected("10", "Finance", "Publish a commercial strategy before any new investment is made.", 6),
            new Expected("11", "Finance", "Invite the panel back in twelve months to review progress.", 6));

    private static final String FOOTER = "Independent review of Northbridge Council - page ";

    private ReviewPdf() {}

    /** The review as PDF bytes; six pages. */
    public static byte[] bytes() {
        List<List<String>> pages = List.of(
                List.of(
                        "Independent Review of Northbridge Council",
                        "",
                        "Report of the review panel",
                        "",
                        "March 2024"),
                List.of(
                        "Contents",
                        "1. Introduction ............................................. 3",
                        "2. Leadership and Governance ....................... 3",
                        "3. Financial Management ............................ 4",
                        "4. Summary of recommendations .................... 5",
                        "Annex A: Terms of Reference ....................... 6"),
                page3(),
                page4(),
                page5(),
                page6());
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(font, 10);
                    stream.setLeading(14);
                    stream.newLineAtOffset(60, 780);
                    for (String line : pages.get(p)) {
                        stream.showText(line);
                        stream.newLine();
                    }
                    stream.endText();
                    stream.beginText();
                    stream.newLineAtOffset(60, 40);
                    stream.showText(FOOTER + (p + 1));
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> page3() {
        List<String> lines = new ArrayList<>();
        lines.add("1. Introduction");
        lines.addAll(
                wrap("1. The panel was appointed in October 2023 to review the council's leadership, governance and"
                        + " finances, at the council's own request."));
        lines.addAll(wrap("2. We met councillors, officers and partners over six weeks, and read the council's plans,"
                + " budgets and audit reports."));
        lines.add("2. Leadership and Governance");
        lines.addAll(wrap("3. Leadership has changed three times in four years, and the council has had no single plan"
                + " for its improvement."));
        lines.addAll(wrap("Recommendation 1: The council should publish one improvement plan. It should be owned by"
                + " the leader."));
        lines.addAll(wrap("4. Decisions are often taken late, and the audit committee lacks independent challenge."));
        return lines;
    }

    private static List<String> page4() {
        List<String> lines = new ArrayList<>();
        lines.add("3. Financial Management");
        lines.addAll(wrap("5. The council has balanced its budget in each of the last three years only by drawing on"
                + " reserves, which are now close to their prudent minimum."));
        lines.addAll(wrap("Recommendation 2: The council should set a balanced budget without reserves."));
        lines.addAll(wrap("6. The capital programme has grown beyond what the council can afford to borrow."));
        return lines;
    }

    private static List<String> page5() {
        List<String> lines = new ArrayList<>();
        lines.add("4. Summary of recommendations");
        lines.add("Leadership");
        lines.addAll(wrap("1. Publish a single improvement plan, owned by the leader and the chief executive. The plan"
                + " should say what will change, by when, and how councillors will know."));
        lines.addAll(wrap("2. Report progress on the plan to full council every quarter. Reports should be public."));
        lines.addAll(wrap("3. Strengthen the audit committee with two independent members."));
        lines.addAll(wrap("4. Review the scheme of delegation by the end of the year. Decisions that need not go to"
                + " cabinet should be delegated to officers."));
        lines.add("Finance");
        lines.addAll(wrap("5. Set a balanced budget for the next three years without drawing on reserves."));
        lines.add("6. Agree a programme of savings and service improve-");
        return lines;
    }

    private static List<String> page6() {
        List<String> lines = new ArrayList<>();
        lines.add("ment with named owners. Each saving should have a plan and a date.");
        lines.addAll(wrap("7. Bring the capital programme within the council's means. Schemes not yet started should"
                + " be reviewed."));
        lines.addAll(wrap("8. Stop using capitalisation directions to balance revenue spending."));
        lines.addAll(wrap("9. Rebuild the finance team's capacity, including a permanent S151 officer."));
        lines.addAll(wrap("10. Publish a commercial strategy before any new investment is made."));
        lines.addAll(wrap("11. Invite the panel back in twelve months to review progress."));
        lines.add("Annex A: Terms of Reference");
        lines.addAll(wrap("1. The panel will review the council's leadership and governance."));
        lines.addAll(wrap("2. The panel will review the council's financial position."));
        return lines;
    }

    /** Lines of at most 95 characters, as a page of 10 point type wraps them. */
    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() + word.length() + 1 > 95) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

package org.stocktake.evidence.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where a Word document's pages begin, as far as the file says: explicit page breaks, paragraphs that start a page,
 * sections that start on a new page, and the marks Word leaves where it last laid out a page. Word keeps no pages of
 * its own, so a document that has none of these is one page.
 *
 * <p>Each place is marked in the document's text, in memory only (the file is never written), so the text is read
 * exactly as it would be without pages and then cut at the marks.
 */
final class WordPageBreaks {

    /** Characters for private use, which no text of a document carries as text. */
    static final String MARK = "\uE000\uE001\uE000";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A section that starts with these types starts on a new page; so does one of no stated type. */
    private static final Set<String> NEW_PAGE = Set.of("nextPage", "evenPage", "oddPage");

    /** What holds no text of the body as read: drawings and text boxes, and tracked deletions. */
    private static final Set<String> SKIPPED = Set.of("drawing", "pict", "object", "del", "moveFrom", "txbxContent");

    private static final Set<String> PICTURES = Set.of("drawing", "pict", "object");

    private final Map<Element, Boolean> sectionEnds = new HashMap<>();
    private final Set<Node> marks = new HashSet<>();
    /** A page starts at the next run: after a section break, or at a paragraph that starts a page. */
    private boolean breakAtNextRun;
    /** No text since the last explicit break, so a mark Word laid out here records that same break. */
    private boolean justBroken;

    private int tableDepth;

    private WordPageBreaks() {}

    /**
     * Marks with {@link #MARK} the start of each page after the first in the body of a document, as {@code body} (its
     * {@code w:body} element) holds it.
     *
     * @return how many pages start after the first
     */
    static int mark(Element body) {
        WordPageBreaks breaks = new WordPageBreaks();
        breaks.findSections(body);
        breaks.visitChildren(body);
        return breaks.marks.size();
    }

    /** Each section's closing properties, and whether the section after it starts on a new page. */
    private void findSections(Element body) {
        List<Element> ends = new ArrayList<>();
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, "p")) {
                Element properties = first((Element) child, "pPr");
                Element section = properties == null ? null : first(properties, "sectPr");
                if (section != null) {
                    ends.add(section);
                }
            } else if (is(child, "sectPr")) {
                ends.add((Element) child);
            }
        }
        for (int i = 0; i + 1 < ends.size(); i++) {
            Element type = first(ends.get(i + 1), "type");
            String value = type == null ? "" : type.getAttributeNS(W, "val");
            sectionEnds.put(ends.get(i), value.isEmpty() || NEW_PAGE.contains(value));
        }
    }

    private void visitChildren(Element element) {
        Node next;
        for (Node child = element.getFirstChild(); child != null; child = next) {
            // Taken first: a mark goes in after the node just visited, and is not itself visited.
            next = child.getNextSibling();
            if (child instanceof Element e && !marks.contains(e) && W.equals(e.getNamespaceURI())) {
                visit(e);
            }
        }
    }

    private void visit(Element element) {
        String name = element.getLocalName();
        if (SKIPPED.contains(name)) {
            if (PICTURES.contains(name)) {
                // A picture fills a page as text does: a page of one picture is a page of its own.
                justBroken = false;
            }
            return;
        }
        switch (name) {
            case "p" -> paragraph(element);
            case "r" -> run(element);
            case "t" -> {
                if (hasText(element)) {
                    justBroken = false;
                }
            }
            case "br" -> {
                if ("page".equals(element.getAttributeNS(W, "type"))) {
                    markAfter(element);
                    justBroken = true;
                }
            }
            case "lastRenderedPageBreak" -> {
                if (!justBroken) {
                    markAfter(element);
                }
            }
            case "tc" -> {
                tableDepth++;
                visitChildren(element);
                tableDepth--;
            }
            default -> visitChildren(element);
        }
    }

    private void paragraph(Element paragraph) {
        Element properties = first(paragraph, "pPr");
        // Word ignores a page break before a paragraph in a table.
        if (properties != null && tableDepth == 0 && isOn(first(properties, "pageBreakBefore"))) {
            breakAtNextRun = true;
        }
        visitChildren(paragraph);
        Element section = properties == null ? null : first(properties, "sectPr");
        if (section != null && sectionEnds.getOrDefault(section, false)) {
            breakAtNextRun = true;
        }
    }

    private void run(Element run) {
        if (breakAtNextRun) {
            breakAtNextRun = false;
            Node start = run.getFirstChild();
            if (start != null && is(start, "rPr")) {
                start = start.getNextSibling();
            }
            run.insertBefore(newMark(run), start);
            justBroken = true;
        }
        visitChildren(run);
    }

    private void markAfter(Element element) {
        element.getParentNode().insertBefore(newMark(element), element.getNextSibling());
    }

    private Element newMark(Node near) {
        Element text = near.getOwnerDocument().createElementNS(W, "w:t");
        text.appendChild(near.getOwnerDocument().createTextNode(MARK));
        marks.add(text);
        return text;
    }

    /** Whether a text element holds more than white space (its DOM is of level 2: no getTextContent). */
    private static boolean hasText(Element text) {
        for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
            String value = child.getNodeValue();
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOn(Element toggle) {
        if (toggle == null) {
            return false;
        }
        String value = toggle.getAttributeNS(W, "val");
        return !(value.equals("0") || value.equals("false") || value.equals("off"));
    }

    private static boolean is(Node node, String localName) {
        return node instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private static Element first(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                return (Element) child;
            }
        }
        return null;
    }
}

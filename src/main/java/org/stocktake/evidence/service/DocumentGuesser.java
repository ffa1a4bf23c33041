package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.evidence.service.CorrespondentFinder.Named;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;

/**
 * The best guess at what a document added to the evidence library is: title, date, kind, who it is from and to, and
 * its reference, read from its extracted text and matched to the panel register. A person confirms or corrects the
 * guess, so it never refuses: empty, huge or garbled text still gives a guess, if a thin one.
 */
public final class DocumentGuesser {

    private static final Logger LOG = Logger.getLogger(DocumentGuesser.class.getName());
    private static final int HEADINGS = 3;

    private final CorrespondentFinder finder;

    /** @param appointments the panel register: who held which office, from when to when */
    public DocumentGuesser(List<Appointment> appointments) {
        this.finder = new CorrespondentFinder(appointments);
    }

    /**
     * The guess for a document. Any argument may be null or empty; only the head and the tail of a long text are read,
     * so a guess takes about as long for a report as for a letter. Never throws.
     *
     * @param text the document's extracted text
     * @param fileName the file's name, a weak hint at its kind and the title of last resort
     * @param hints what the file says about itself (PDF information, email headers)
     */
    public DocumentGuess guess(String text, String fileName, DocumentHints hints) {
        DocumentHints given = hints == null ? DocumentHints.NONE : hints;
        try {
            return read(DocumentText.of(text), fileName, given);
        } catch (RuntimeException | StackOverflowError e) {
            // A guess that fails must not stop an import: the person filing the document fills in what is missing.
            LOG.log(Level.WARNING, "Could not guess what " + fileName + " is", e);
            return new DocumentGuess(
                    DocumentTitle.forDocument(List.of(), given, fileName),
                    given.date(),
                    given.date() == null ? null : DatePrecision.DAY,
                    EvidenceKind.OTHER,
                    List.of(),
                    List.of(),
                    null);
        }
    }

    private DocumentGuess read(DocumentText text, String fileName, DocumentHints hints) {
        LetterParts letter = LetterParts.of(text.lines());
        DateFinder.Found found = DocumentDates.find(text, letter, hints);
        LocalDate date = found == null ? null : found.date();
        DatePrecision precision = found == null ? null : found.precision();

        List<Named> senders = finder.signatories(letter.signature(), date);
        List<Named> recipients = addressees(letter, senders, date);
        boolean panelSends = senders.stream().anyMatch(Named::fromPanel);
        List<String> headings = DocumentTitle.headings(text.filledLines(), HEADINGS);
        List<String> headingWords = new ArrayList<>(headings);
        headingWords.add(Objects.toString(hints.title(), ""));
        headingWords.add(Objects.toString(hints.subject(), ""));
        EvidenceKind kind = KindFinder.kind(text, letter, headingWords, panelSends, fileName);

        if (!kind.isLetter()) {
            senders = new ArrayList<>();
            recipients = new ArrayList<>();
            if (kind == EvidenceKind.PRESS_RELEASE) {
                Named panel = finder.body(text.joined(), OrganisationKind.PANEL);
                if (panel != null) {
                    senders.add(panel);
                }
            }
        }
        List<Correspondent> from = orHinted(correspondents(senders), date, hints.sender(), hints.author());
        List<Correspondent> to = orHinted(correspondents(recipients), date, hints.recipient(), null);
        String title = kind.isLetter()
                ? DocumentTitle.forLetter(letter, hints, from, to, DocumentTitle.shown(date, precision))
                : DocumentTitle.forDocument(headings, hints, fileName);
        List<String> referenceLines = new ArrayList<>(letter.head());
        referenceLines.addAll(letter.signature());
        return new DocumentGuess(title, date, precision, kind, from, to, ReferenceFinder.find(referenceLines));
    }

    /** Whoever the head and the salutation name, less the signatories (a minister's letterhead names the minister). */
    private List<Named> addressees(LetterParts letter, List<Named> senders, LocalDate date) {
        if (!letter.hasSalutation() && !letter.hasClose()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(letter.head());
        if (letter.hasSalutation()) {
            lines.add(letter.salutation());
        }
        List<Correspondent> signed = correspondents(senders);
        List<Named> named = new ArrayList<>(finder.people(lines, date).stream()
                .filter(n -> signed.stream().noneMatch(s -> same(s, n.correspondent())))
                .toList());
        if (named.isEmpty() && letter.hasSalutation()) {
            Named holder = officeAddressed(letter.salutation(), date);
            if (holder != null) {
                named.add(holder);
            }
        }
        return named;
    }

    /** "Dear Secretary of State": whoever held the office on the letter's date. */
    private Named officeAddressed(String salutation, LocalDate date) {
        String lower = salutation.toLowerCase(Locale.ROOT);
        Map<String, Role> offices = new LinkedHashMap<>();
        offices.put("secretary of state", Role.SECRETARY_OF_STATE);
        offices.put("chief executive", Role.CHIEF_EXECUTIVE);
        offices.put("vice chair", Role.VICE_CHAIR);
        offices.put("chair", Role.CHAIR);
        offices.put("leader", Role.LEADER);
        return offices.entrySet().stream()
                .filter(office -> lower.contains(office.getKey()))
                .findFirst()
                .map(office -> finder.officeHolder(office.getValue(), date))
                .orElse(null);
    }

    private List<Correspondent> orHinted(List<Correspondent> found, LocalDate date, String hint, String fallback) {
        if (!found.isEmpty()) {
            return found;
        }
        String given = hint != null && !hint.isBlank() ? hint : fallback;
        if (given == null || given.isBlank()) {
            return found;
        }
        List<Correspondent> hinted = new ArrayList<>();
        // Email headers list people with commas or semicolons; a comma inside <...> belongs to an address.
        for (String part : given.split("[;,](?![^<]*>)")) {
            Named named = part.isBlank() ? null : finder.named(part.strip(), date);
            if (named != null && hinted.stream().noneMatch(c -> same(c, named.correspondent()))) {
                hinted.add(named.correspondent());
            }
        }
        return hinted;
    }

    private static List<Correspondent> correspondents(List<Named> named) {
        return named.stream().map(Named::correspondent).toList();
    }

    private static boolean same(Correspondent a, Correspondent b) {
        return a.personId() != null
                ? a.personId().equals(b.personId())
                : a.name().equalsIgnoreCase(b.name());
    }
}

package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;

/**
 * People named in a letter's head or signature, matched to the panel register: each registered person with the office
 * they held on the letter's date, anyone else by the name the letter gives them.
 */
final class CorrespondentFinder {

    /**
     * A correspondent and, when the register knows them, the appointment they wrote or were written to in; or the
     * register's body they are, when a body rather than a person speaks (a press release).
     */
    record Named(Correspondent correspondent, Appointment appointment, Organisation body) {

        boolean fromPanel() {
            if (appointment != null) {
                return (appointment.organisation() != null
                                && appointment.organisation().kind() == OrganisationKind.PANEL)
                        || PANEL_ROLES.contains(appointment.role());
            }
            return body != null && body.kind() == OrganisationKind.PANEL;
        }

        static Named unregistered(String name, String office) {
            return new Named(new Correspondent(name, null, office, null), null, null);
        }
    }

    /** A name found in a line, and where. */
    private record Hit(int start, int end, Named named) {}

    static final Set<Role> PANEL_ROLES =
            Set.of(Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.ADVISER, Role.EX_OFFICIO);

    private final List<CorrespondentName> names = new ArrayList<>();
    private final Map<UUID, List<Appointment>> appointments = new LinkedHashMap<>();
    private final List<Appointment> register;

    CorrespondentFinder(List<Appointment> register) {
        this.register = register == null ? List.of() : List.copyOf(register);
        for (Appointment appointment : this.register) {
            if (appointment.person() != null && appointment.person().fullName() != null) {
                appointments
                        .computeIfAbsent(appointment.person().uuid(), uuid -> {
                            names.add(new CorrespondentName(appointment.person()));
                            return new ArrayList<>();
                        })
                        .add(appointment);
            }
        }
    }

    /** The people named in {@code lines}, registered or not, in the order they first appear, each once. */
    List<Named> people(List<String> lines, LocalDate date) {
        Map<String, Named> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (Hit hit : inLine(lines, i, date)) {
                add(found, hit.named());
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Adds a person once: "Ms Doe" in the salutation is the "Ms Jane Doe" of the address block. */
    private static void add(Map<String, Named> found, Named named) {
        Correspondent c = named.correspondent();
        if (c.personId() == null) {
            String surname = lastWord(c.name());
            boolean known = found.values().stream()
                    .anyMatch(other -> CorrespondentName.near(
                            surname, lastWord(other.correspondent().name())));
            if (known) {
                return;
            }
        }
        found.putIfAbsent(key(named), named);
    }

    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /**
     * The people who signed, from the lines below a letter's close: as {@link #people}, and also a line that is
     * nothing but a name ("Jane Smith"), with the line below it as their office.
     */
    List<Named> signatories(List<String> lines, LocalDate date) {
        Map<String, Named> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Hit> hits = inLine(lines, i, date);
            if (hits.isEmpty() && UnregisteredName.isBareName(lines.get(i))) {
                String office = nextFilled(lines, i);
                boolean titled = office != null && office.length() <= 80 && !UnregisteredName.isBareName(office);
                hits = List.of(new Hit(0, 0, Named.unregistered(lines.get(i), titled ? office : null)));
            }
            for (Hit hit : hits) {
                add(found, hit.named());
            }
        }
        return new ArrayList<>(found.values());
    }

    private List<Hit> inLine(List<String> lines, int index, LocalDate date) {
        String line = lines.get(index);
        String nearby = String.join(" ", lines.subList(index, Math.min(lines.size(), index + 3)));
        List<CorrespondentName.Word> words = CorrespondentName.words(line);
        List<Hit> hits = new ArrayList<>();
        for (CorrespondentName name : names) {
            int[] span = name.find(words);
            if (span != null) {
                int start = words.get(span[0]).start();
                hits.add(new Hit(start, words.get(span[1] - 1).end(), registered(name, date, nearby)));
            }
        }
        for (UnregisteredName.Found unknown : UnregisteredName.addressed(line)) {
            if (hits.stream().noneMatch(h -> h.start() <= unknown.end() && unknown.start() <= h.end())) {
                hits.add(new Hit(unknown.start(), unknown.end(), Named.unregistered(unknown.name(), null)));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static String nextFilled(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The person a hint names ("John Crabtree &lt;john@example.org&gt;", "james.brokenshire@example.org"), or null. */
    Named named(String hint, LocalDate date) {
        String text = hint.replaceAll("<[^>]*>", " ").replace('"', ' ').strip();
        if (text.isEmpty() || text.indexOf('@') > 0) {
            String address = text.isEmpty() ? hint.replaceAll("[<>\"]", "").strip() : text;
            text = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            text = UnregisteredName.capitalise(text.replaceAll("[._\\-+]+", " ").strip());
        }
        if (text.isEmpty()) {
            return null;
        }
        List<Named> people = people(List.of(text), date);
        if (!people.isEmpty()) {
            return people.get(0);
        }
        return text.chars().anyMatch(Character::isLetter) ? Named.unregistered(text, null) : null;
    }

    /** Whoever held an office of {@code role} on {@code date}, when that is one person: "Dear Secretary of State". */
    Named officeHolder(Role role, LocalDate date) {
        if (date == null) {
            return null;
        }
        List<Appointment> holders = register.stream()
                .filter(a -> a.role() == role && a.person() != null && a.heldOn(date))
                .toList();
        return holders.size() == 1 ? of(holders.get(0)) : null;
    }

    /** The register's body of {@code kind} that {@code text} names, as a correspondent in its own right; or null. */
    Named body(String text, OrganisationKind kind) {
        String lower = text.toLowerCase(Locale.ROOT);
        return register.stream()
                .map(Appointment::organisation)
                .filter(o -> o != null
                        && o.kind() == kind
                        && o.name() != null
                        && !o.name().isBlank())
                .filter(o -> lower.contains(o.name().toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(CorrespondentFinder::body)
                .orElse(null);
    }

    private static Named body(Organisation organisation) {
        return new Named(new Correspondent(organisation.name(), null, null, organisation.name()), null, organisation);
    }

    private Named registered(CorrespondentName name, LocalDate date, String nearby) {
        List<Appointment> held = appointments.getOrDefault(name.person().uuid(), List.of());
        String context = nearby.toLowerCase(Locale.ROOT);
        Appointment best = held.stream()
                .max(Comparator.<Appointment>comparingInt(a -> date != null && a.heldOn(date) ? 2 : 0)
                        .thenComparingInt(a -> mentions(context, a) ? 1 : 0)
                        .thenComparing(a -> a.startsOn() == null ? LocalDate.MIN : a.startsOn()))
                .orElse(null);
        return best == null
                ? new Named(
                        new Correspondent(
                                name.person().fullName(), name.person().uuid(), null, null),
                        null,
                        null)
                : of(best);
    }

    private static boolean mentions(String context, Appointment appointment) {
        return (appointment.officeTitle() != null
                        && context.contains(appointment.officeTitle().toLowerCase(Locale.ROOT)))
                || context.contains(appointment.role().label().toLowerCase(Locale.ROOT));
    }

    private static Named of(Appointment appointment) {
        String office =
                appointment.officeTitle() != null && !appointment.officeTitle().isBlank()
                        ? appointment.officeTitle()
                        : appointment.role().label();
        String organisation = appointment.organisation() == null
                ? null
                : appointment.organisation().name();
        return new Named(
                new Correspondent(
                        appointment.person().fullName(), appointment.person().uuid(), office, organisation),
                appointment,
                null);
    }

    private static String key(Named named) {
        Correspondent c = named.correspondent();
        return c.personId() != null ? c.personId().toString() : c.name().toLowerCase(Locale.ROOT);
    }
}

package org.stocktake.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stocktake.letters.service.TemplateContent;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;
import org.stocktake.shared.ValidationException;

/** An office as typed on the command line: a role at a kind of organisation, e.g. {@code chair@panel}. */
final class OfficeNames {

    private OfficeNames() {}

    static String typed(TemplateContent.Office office) {
        return word(office.role().name()) + "@" + word(office.organisation().name());
    }

    /**
     * @throws ValidationException naming the roles and organisations there are, if {@code text} is not an office
     */
    static TemplateContent.Office parse(String text) {
        String[] parts = text.strip().split("@", -1);
        if (parts.length != 2) {
            throw new ValidationException("Name an office as ROLE@ORGANISATION, e.g. chair@panel or"
                    + " secretary-of-state@government; '" + TerminalText.escape(text) + "' is not one.");
        }
        Role role = Arrays.stream(Role.values())
                .filter(r -> word(r.name()).equals(normal(parts[0])))
                .findFirst()
                .orElseThrow(() -> new ValidationException("There is no role '" + TerminalText.escape(parts[0])
                        + "'; the roles are " + String.join(", ", words(Role.values())) + "."));
        OrganisationKind kind = Arrays.stream(OrganisationKind.values())
                .filter(k -> word(k.name()).equals(normal(parts[1])))
                .findFirst()
                .orElseThrow(() -> new ValidationException("There is no kind of organisation '"
                        + TerminalText.escape(parts[1]) + "'; the kinds are "
                        + String.join(", ", words(OrganisationKind.values())) + "."));
        return new TemplateContent.Office(role, kind, List.of());
    }

    private static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> word(v.name())).toList();
    }

    private static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String normal(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}

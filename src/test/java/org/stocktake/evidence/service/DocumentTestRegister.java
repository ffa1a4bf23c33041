package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Person;
import org.stocktake.panel.service.Role;

/** A small panel register built in memory, for guesser tests that need no workspace. */
final class DocumentTestRegister {

    static final String DCLG = "Secretary of State for Communities and Local Government";
    static final String MHCLG = "Secretary of State for Housing, Communities and Local Government";

    static final Organisation PANEL =
            new Organisation(1, UUID.randomUUID(), "Birmingham Independent Improvement Panel", OrganisationKind.PANEL);
    static final Organisation COUNCIL =
            new Organisation(2, UUID.randomUUID(), "Birmingham City Council", OrganisationKind.COUNCIL);
    static final Organisation DEPARTMENT = new Organisation(
            3, UUID.randomUUID(), "Department for Communities and Local Government", OrganisationKind.GOVERNMENT);

    static final Person CRABTREE = person("John Crabtree", null, "OBE");
    static final Person DONE = person("Frances Done", null, "CBE");
    static final Person WARD = person("Ian Ward", "Cllr", null);
    static final Person CLANCY = person("John Clancy", "Cllr", null);
    static final Person CLARK = person("Greg Clark", "The Rt Hon", "MP");
    static final Person JAVID = person("Sajid Javid", "The Rt Hon", "MP");

    private DocumentTestRegister() {}

    static List<Appointment> appointments() {
        List<Appointment> register = new ArrayList<>();
        LocalDate panelFrom = LocalDate.of(2015, 1, 1);
        register.add(appoint(CRABTREE, PANEL, Role.CHAIR, "Chair", panelFrom, null));
        register.add(appoint(DONE, PANEL, Role.VICE_CHAIR, "Vice chair", panelFrom, null));
        register.add(appoint(CLANCY, COUNCIL, Role.LEADER, "Leader of the Council", LocalDate.of(2015, 12, 1), null));
        register.add(appoint(WARD, COUNCIL, Role.LEADER, "Leader of the Council", null, null));
        register.add(appoint(
                CLARK,
                DEPARTMENT,
                Role.SECRETARY_OF_STATE,
                DCLG,
                LocalDate.of(2015, 5, 11),
                LocalDate.of(2016, 7, 13)));
        register.add(appoint(
                JAVID, DEPARTMENT, Role.SECRETARY_OF_STATE, DCLG, LocalDate.of(2016, 7, 14), LocalDate.of(2018, 1, 7)));
        register.add(appoint(
                JAVID,
                DEPARTMENT,
                Role.SECRETARY_OF_STATE,
                MHCLG,
                LocalDate.of(2018, 1, 8),
                LocalDate.of(2018, 4, 29)));
        return register;
    }

    static DocumentGuesser guesser() {
        return new DocumentGuesser(appointments());
    }

    private static Person person(String name, String honorific, String postNominals) {
        return new Person(0, UUID.randomUUID(), name, honorific, postNominals);
    }

    private static Appointment appoint(
            Person person, Organisation organisation, Role role, String title, LocalDate from, LocalDate to) {
        return new Appointment(UUID.randomUUID(), person, organisation, role, title, from, to);
    }
}

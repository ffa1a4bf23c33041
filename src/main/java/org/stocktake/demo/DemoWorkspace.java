package org.stocktake.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.PanelService;
import org.stocktake.panel.service.Person;
import org.stocktake.panel.service.Role;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.RecommendationImporter;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.workspace.service.Workspace;

/**
 * Fills a new workspace with the Birmingham panel, the council, the ministers it wrote to, and the Kerslake review's
 * recommendations. The recommendations ship as an ordinary import file, so the demo exercises the same path as a
 * user's own framework. Titles and texts are summaries in our own words; those whose detail is unverified are marked.
 */
public final class DemoWorkspace {

    public static final String NAME = "Birmingham Independent Improvement Panel (demo)";
    static final String RECOMMENDATIONS = "/org/stocktake/demo/kerslake-2014.json";
    static final String KERSLAKE = "kerslake-2014";

    private final Workspace workspace;
    private final PanelService panel;
    private final RecommendationService recommendations;
    private final RecommendationImporter importer;

    public DemoWorkspace(Workspace workspace, PanelService panel, RecommendationService recommendations) {
        this.workspace = workspace;
        this.panel = panel;
        this.recommendations = recommendations;
        this.importer = new RecommendationImporter(recommendations);
    }

    /**
     * Adds the demo content to a workspace being created. It takes many transactions; the workspace's creation makes
     * them appear together or not at all.
     */
    public void seed() {
        addPeople();
        addRecommendations();
        new DemoAssessments(workspace).seed(KERSLAKE);
    }

    private void addRecommendations() {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream(RECOMMENDATIONS)) {
            if (in == null) {
                throw new IllegalStateException("The demo recommendations are missing from the application.");
            }
            ImportPreview preview = importer.preview("kerslake-2014.json", in, null);
            importer.apply(preview);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The twelve-month assessment letter of 11 January 2016 and the joint letter of 8 March 2018, as drafts. */
    public static void draftLetters(org.stocktake.letters.service.LetterService letters) {
        DemoLetters.draft(letters);
    }

    private void addPeople() {
        Organisation panelBody =
                panel.addOrganisation("Birmingham Independent Improvement Panel", OrganisationKind.PANEL);
        Organisation council = panel.addOrganisation("Birmingham City Council", OrganisationKind.COUNCIL);
        Organisation dclg =
                panel.addOrganisation("Department for Communities and Local Government", OrganisationKind.GOVERNMENT);
        dclg = panel.setAddress(dclg, List.of("2 Marsham Street", "London", "SW1P 4DF"));
        council = panel.setAddress(council, List.of("Council House", "Victoria Square", "Birmingham", "B1 1BB"));

        LocalDate panelFrom = LocalDate.of(2015, 1, 1);
        appoint(panelBody, person("John Crabtree", null, "OBE"), Role.CHAIR, "Chair", panelFrom, null);
        appoint(panelBody, person("Frances Done", null, "CBE"), Role.VICE_CHAIR, "Vice chair", panelFrom, null);
        appoint(panelBody, person("Keith Wakefield", "Cllr", null), Role.MEMBER, "Member", panelFrom, null);
        appoint(panelBody, person("Steve Robinson", null, null), Role.MEMBER, "Member", panelFrom, null);
        appoint(
                panelBody,
                person("Mike Tomlinson", "Sir", null),
                Role.EX_OFFICIO,
                "Children's services commissioner",
                panelFrom,
                null);
        appoint(
                panelBody,
                person("Andrew Christie", null, null),
                Role.EX_OFFICIO,
                "Children's services commissioner",
                null,
                null);

        appoint(
                council,
                person("Albert Bore", "Sir", null),
                Role.LEADER,
                "Leader of the Council",
                null,
                LocalDate.of(2015, 11, 30));
        appoint(
                council,
                person("John Clancy", "Cllr", null),
                Role.LEADER,
                "Leader of the Council",
                LocalDate.of(2015, 12, 1),
                LocalDate.of(2017, 9, 15));
        appoint(
                council,
                person("Ian Ward", "Cllr", null),
                Role.LEADER,
                "Leader of the Council",
                LocalDate.of(2017, 9, 16),
                null);

        String dclgTitle = "Secretary of State for Communities and Local Government";
        String mhclgTitle = "Secretary of State for Housing, Communities and Local Government";
        appoint(
                dclg,
                person("Eric Pickles", "The Rt Hon", "MP"),
                Role.SECRETARY_OF_STATE,
                dclgTitle,
                null,
                LocalDate.of(2015, 5, 10));
        appoint(
                dclg,
                person("Greg Clark", "The Rt Hon", "MP"),
                Role.SECRETARY_OF_STATE,
                dclgTitle,
                LocalDate.of(2015, 5, 11),
                LocalDate.of(2016, 7, 13));
        Person javid = person("Sajid Javid", "The Rt Hon", "MP");
        appoint(dclg, javid, Role.SECRETARY_OF_STATE, dclgTitle, LocalDate.of(2016, 7, 14), LocalDate.of(2018, 1, 7));
        appoint(dclg, javid, Role.SECRETARY_OF_STATE, mhclgTitle, LocalDate.of(2018, 1, 8), LocalDate.of(2018, 4, 29));
        appoint(
                dclg,
                person("James Brokenshire", "The Rt Hon", "MP"),
                Role.SECRETARY_OF_STATE,
                mhclgTitle,
                LocalDate.of(2018, 4, 30),
                LocalDate.of(2019, 7, 24));
    }

    private Person person(String name, String honorific, String postNominals) {
        return panel.addPerson(name, honorific, postNominals);
    }

    private void appoint(
            Organisation organisation, Person person, Role role, String title, LocalDate from, LocalDate to) {
        panel.appoint(person, organisation, role, title, from, to);
    }
}

package org.stocktake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktake.archfixture.service.DrawsAScene;
import org.stocktake.archfixture.service.Pong;
import org.stocktake.archfixture.service.PrintsToTheConsole;
import org.stocktake.archfixture.service.ReadsPdf;
import org.stocktake.archfixture.service.ReturnsAJooqRecord;
import org.stocktake.archfixture.service.RunsItsOwnSql;
import org.stocktake.archfixture.service.SearchesWithLucene;
import org.stocktake.archfixture.service.SignsWithBouncyCastle;
import org.stocktake.archfixture.service.UsesAnotherFeaturesRepository;
import org.stocktake.archfixture.service.UsesAwt;
import org.stocktake.archfixture.service.UsesTheUi;
import org.stocktake.archfixture.service.WritesTheWorkspaceFolder;
import org.stocktake.archfixture.ui.LeakyViewModel;
import org.stocktake.archfixture.ui.ReachesARepository;
import org.stocktake.archfixturecycle.Ping;
import org.stocktake.shared.persistence.Transaction;

/** The direction rules of STYLE.md, held by the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stocktake");
    }

    /** A service may use its own feature's repositories (and the shared database), no other feature's. */
    private static ArchCondition<JavaClass> onlyUseRepositoriesOfTheirOwnFeature() {
        return new ArchCondition<>("only use repositories of their own feature") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                String feature = featureOf(service.getPackageName());
                for (Dependency dependency : service.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    boolean foreignRepository = target.startsWith("org.stocktake.")
                            && target.endsWith(".persistence")
                            && !target.equals("org.stocktake.shared.persistence")
                            && !featureOf(target).equals(feature);
                    if (foreignRepository) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String featureOf(String packageName) {
        String rest = packageName.substring("org.stocktake.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Holds {@code rule} over the product's classes and shows it can fail: each class in {@code breaking} (from the
     * test-only {@code archfixture} packages) breaks it on purpose (together, for a cycle) and must be caught. A rule that matched nothing
     * would otherwise pass for ever.
     */
    private static void check(ArchRule rule, Class<?>... breaking) {
        rule.check(classes);
        JavaClasses bad = new ClassFileImporter().importClasses(breaking);
        assertThat(rule.evaluate(bad).hasViolation())
                .as("the rule catches %s", bad)
                .isTrue();
    }

    @Test
    void nothingButTheLauncherDependsOnTheUi() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("..ui..")
                        .and()
                        .doNotHaveFullyQualifiedName("org.stocktake.app.Launcher")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("..ui..")
                        .because("services and data must run the same from the command line, where there is no window"),
                UsesTheUi.class);
    }

    @Test
    void onlyRepositoriesOpenATransactionToSql() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("..persistence..")
                        .should()
                        .callMethod(Transaction.class, "jooq")
                        .because("a service that ran its own SQL would slip past its repository and the audit trail"),
                RunsItsOwnSql.class);
    }

    @Test
    void featuresUseOnlyTheirOwnRepositories() {
        check(
                classes()
                        .that()
                        .resideInAPackage("org.stocktake.(*).service..")
                        .should(onlyUseRepositoriesOfTheirOwnFeature())
                        .because(
                                "a feature's rules and its audit entries live in its own service, not in another's tables"),
                UsesAnotherFeaturesRepository.class);
    }

    @Test
    void persistenceIsReachedOnlyThroughServices() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("..ui..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("..persistence..")
                        .because("every write goes through a service, in a transaction"),
                ReachesARepository.class);
    }

    @Test
    void jooqStaysInPersistence() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("..persistence..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
                        .because(
                                "repositories return domain records, so the database can change without touching the rest"),
                RunsItsOwnSql.class);
    }

    @Test
    void servicesReturnDomainRecordsNotJooqRecords() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("..service..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.stocktake.shared.persistence.jooq..")
                        .because("the generated classes are the persistence layer's business"),
                ReturnsAJooqRecord.class);
    }

    @Test
    void sceneGraphOnlyInUi() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("..ui..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                        .because("ViewModels and services use only javafx.beans and javafx.collections"),
                DrawsAScene.class);
    }

    @Test
    void viewModelsDoNotKnowTheirViews() {
        check(
                classes()
                        .that()
                        .haveSimpleNameEndingWith("ViewModel")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                        .because("a ViewModel is tested without a window"),
                LeakyViewModel.class);
    }

    @Test
    void featuresAreFreeOfCycles() {
        check(slices().matching("org.stocktake.(*)..").should().beFreeOfCycles(), Ping.class, Pong.class);
    }

    @Test
    void noConsoleOutputOutsideTheCommandLine() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("org.stocktake.app.cli..")
                        .and()
                        .doNotHaveFullyQualifiedName("org.stocktake.app.ui.StartupProbe")
                        .should()
                        .accessField(System.class, "out")
                        .because("the window logs, and only the command line prints"),
                PrintsToTheConsole.class);
    }

    @Test
    void noAwtOutsideImageHelpers() {
        check(
                noClasses()
                        .that()
                        .doNotHaveFullyQualifiedName("org.stocktake.shared.ui.PngWriter")
                        .and()
                        .doNotHaveFullyQualifiedName("org.stocktake.evidence.text.PageImages")
                        .and()
                        .doNotHaveFullyQualifiedName("org.stocktake.letters.typeset.Srgb")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("java.awt..")
                        .because("the window is JavaFX; AWT is kept for image helpers only"),
                UsesAwt.class);
    }

    @Test
    void onlyTheTextExtractionReadsPdfs() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages(
                                "org.stocktake.evidence.text..",
                                "org.stocktake.letters.typeset..",
                                "org.stocktake.signing.pdf..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.pdfbox..")
                        .because("PDF is read in the evidence's text extraction, written by the letters' typesetter and"
                                + " signed by signing, each where a bad file becomes one sentence"),
                ReadsPdf.class);
    }

    @Test
    void onlySigningSpeaksBouncyCastle() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("org.stocktake.signing..", "org.stocktake.shared.crypto..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.bouncycastle..")
                        .because("keys, certificates and signatures are signing's business, and a workspace's own"
                                + " encryption (its Argon2id key) the crypto package's; the rest of Stocktake asks"
                                + " them"),
                SignsWithBouncyCastle.class);
    }

    @Test
    void onlyTheSearchIndexSpeaksLucene() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackages("org.stocktake.evidence.search..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.lucene..")
                        .because("the index is derived data behind one class, rebuilt whole when damaged"),
                SearchesWithLucene.class);
    }

    @Test
    void featuresKeepFilesOnlyThroughTheStore() {
        check(
                noClasses()
                        .that()
                        .resideInAnyPackage("org.stocktake.evidence..", "org.stocktake.archfixture..")
                        .and()
                        .resideOutsideOfPackages("org.stocktake.evidence.text..", "org.stocktake.evidence.search..")
                        .should()
                        .callMethod(
                                java.nio.file.Files.class,
                                "write",
                                java.nio.file.Path.class,
                                byte[].class,
                                java.nio.file.OpenOption[].class)
                        .orShould()
                        .callMethod(
                                java.nio.file.Files.class,
                                "newOutputStream",
                                java.nio.file.Path.class,
                                java.nio.file.OpenOption[].class)
                        .orShould()
                        .callMethod(
                                java.nio.file.Files.class,
                                "copy",
                                java.nio.file.Path.class,
                                java.nio.file.Path.class,
                                java.nio.file.CopyOption[].class)
                        .because("every file a workspace keeps goes through the one store, to be encrypted there"),
                WritesTheWorkspaceFolder.class);
    }
}

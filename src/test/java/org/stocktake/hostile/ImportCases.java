package org.stocktake.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportTarget;
import org.stocktake.shared.ValidationException;

/**
 * Damaged register files imported as the window and {@code stocktake recommendations import} import them: checked
 * whole first, then written only when clean. A file with problems lists each in one sentence and writes nothing; one
 * that is still clean after the damage (a cut between rows, a flip inside a title) goes in whole.
 */
final class ImportCases {

    private final AppContext context;
    private int tried;

    ImportCases(AppContext context) {
        this.context = context;
    }

    void importFile(Mutant mutant, String extension) {
        String code = "hostile-" + ++tried;
        List<Long> before = counts();
        long auditBefore = Rows.audit(context);

        ImportPreview preview = context.importer()
                .preview(
                        "register." + extension,
                        new ByteArrayInputStream(mutant.bytes()),
                        ImportTarget.newReview(code, "Hostile review " + tried));
        if (!preview.isClean()) {
            assertThat(preview.problems())
                    .as("a file with problems says what they are")
                    .isNotEmpty();
            preview.problems().stream().map(ImportProblem::message).forEach(Sentences::assertPlain);
            assertUnchanged(before, auditBefore);
            return;
        }
        try {
            ImportResult result = context.importer().apply(preview);
            assertThat(context.recommendations().recommendations(result.review().id()))
                    .as("every row of a clean file")
                    .hasSize(preview.rows().size());
            assertThat(Rows.audit(context)).isGreaterThan(auditBefore);
        } catch (ValidationException refused) {
            refused.problems().forEach(Sentences::assertPlain);
            assertUnchanged(before, auditBefore);
        }
    }

    private void assertUnchanged(List<Long> before, long auditBefore) {
        assertThat(counts()).as("reviews and recommendations after a refusal").isEqualTo(before);
        assertThat(Rows.audit(context)).as("audit entries after a refusal").isEqualTo(auditBefore);
    }

    private List<Long> counts() {
        return List.of(Rows.in(context, "review"), Rows.in(context, "recommendation"));
    }
}

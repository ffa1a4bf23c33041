package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.SampleLetters;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Signatory;

class SignatureFieldsTest {

    @Test
    void eachSignatoryHasAnEmptySignatureFieldOnThePageOfTheClosing() throws Exception {
        TypesetLetter letter = TypesetPdfs.typeset(SampleLetters.joint());
        List<String> pages = TypesetPdfs.pages(letter.pdf());

        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
            assertThat(fields).extracting(PDField::getPartialName).containsExactly("signatory-1", "signatory-2");
            for (int i = 0; i < fields.size(); i++) {
                PDSignatureField field = (PDSignatureField) fields.get(i);
                SignatureSlot slot = letter.slots().get(i);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                int page = document.getPages().indexOf(widget.getPage());

                assertThat(field.getValue()).isNull();
                assertThat(widget.isPrinted()).isTrue();
                assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
                assertThat(page).isEqualTo(slot.pageIndex());
                assertThat(pages.get(page)).contains("Yours sincerely", "Cllr Ian Ward", "John Crabtree");
                assertThat(document.getPage(page).getAnnotations()).contains(widget);
                PDRectangle rect = widget.getRectangle();
                assertThat(new float[] {rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getWidth(), rect.getHeight()})
                        .containsExactly(slot.x(), slot.y(), slot.width(), slot.height());
            }
        }
    }

    @Test
    void fieldsStandSideBySideAboveTheNamesAndDoNotOverlap() {
        TypesetLetter letter = TypesetPdfs.typeset(SampleLetters.joint());
        SignatureSlot first = letter.slots().get(0);
        SignatureSlot second = letter.slots().get(1);

        assertThat(first.y()).isEqualTo(second.y());
        assertThat(first.x() + first.width()).isLessThan(second.x());
        assertThat(first.height()).isGreaterThan(40f);
        assertThat(first.x()).isGreaterThanOrEqualTo(PageFrame.SIDE);
        assertThat(second.x() + second.width()).isLessThanOrEqualTo(PageFrame.SIDE + PageFrame.MEASURE);
    }

    @Test
    void fiveSignatoriesGetFiveFieldsInOrder() {
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            signatories.add(new Signatory("Member " + i, List.of("Panel member"), null, null));
        }
        List<Block> body = List.of(SampleLetters.paragraph("Short."));

        TypesetLetter letter = TypesetPdfs.typeset(SampleLetters.withBody(body).withSignatories(signatories));

        assertThat(letter.slots())
                .extracting(SignatureSlot::fieldName)
                .containsExactly("signatory-1", "signatory-2", "signatory-3", "signatory-4", "signatory-5");
        assertThat(letter.slots().get(2).y()).isLessThan(letter.slots().get(0).y());
    }

    @Test
    void aLetterWithoutSignatoriesHasNoForm() throws Exception {
        TypesetLetter letter = TypesetPdfs.typeset(SampleLetters.assessment().withSignatories(List.of()));

        assertThat(letter.slots()).isEmpty();
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
        }
    }
}

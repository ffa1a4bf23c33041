package org.stocktake.app.ui;

import org.stocktake.app.AppContext;
import org.stocktake.letters.ui.DraftingSources;
import org.stocktake.letters.ui.LetterDraftingModel;
import org.stocktake.letters.ui.LetterSendingModel;
import org.stocktake.letters.ui.LettersScreen;
import org.stocktake.letters.ui.LettersViewModel;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.FileDialogs;

/** The Letters area built over an open workspace: its editor, its drafting from the data, its sending. */
final class LettersArea {

    private LettersArea() {}

    static LettersScreen over(AppContext opened, TaskRunner tasks, FileDialogs files) {
        LettersViewModel model = new LettersViewModel(opened.letters(), opened.drafts(), opened.templates(), tasks);
        LetterDraftingModel drafting = new LetterDraftingModel(
                opened.drafting(),
                new DraftingSources(
                        opened.assessments(), opened.recommendations(), opened.evidence(), opened.annotations()),
                model,
                tasks);
        LetterSendingModel sending = new LetterSendingModel(
                opened.letterPdf(),
                opened.signing(),
                opened.signaturePictures(),
                opened.readyToSend(),
                opened.issuing(),
                model,
                tasks,
                opened.letters().acting());
        return new LettersScreen(model, drafting, sending, opened.letterPdf(), tasks, files);
    }
}

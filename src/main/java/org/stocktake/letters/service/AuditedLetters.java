package org.stocktake.letters.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.letters.persistence.DraftRepository;
import org.stocktake.letters.persistence.LetterRepository;
import org.stocktake.shared.persistence.Transaction;

/** Letters and their comments as stored now, for verification to hold against the audit trail. */
public final class AuditedLetters implements AuditedEntities {

    private final LetterRepository repository = new LetterRepository();

    @Override
    public String entity() {
        return LetterService.ENTITY;
    }

    @Override
    public Map<UUID, LetterState> current(Transaction tx) {
        return repository.all(tx).stream().collect(Collectors.toMap(Letter::uuid, LetterState::of));
    }

    @Override
    public boolean keptAsDeleted(Transaction tx, UUID uuid) {
        return repository.deleted(tx, uuid);
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "letter '" + field.apply("title") + "'";
    }

    /** Comments on drafts. */
    public static final class Comments implements AuditedEntities {
        private final DraftRepository drafts = new DraftRepository();

        @Override
        public String entity() {
            return LetterDrafts.COMMENT_ENTITY;
        }

        @Override
        public Map<UUID, LetterComment> current(Transaction tx) {
            return drafts.allComments(tx).stream().collect(Collectors.toMap(LetterComment::uuid, Function.identity()));
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "comment by " + field.apply("author");
        }
    }
}

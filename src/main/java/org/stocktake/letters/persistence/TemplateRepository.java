package org.stocktake.letters.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.LETTER_TEMPLATE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stocktake.letters.service.LetterJson;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.letters.service.TemplateContent;
import org.stocktake.shared.persistence.Transaction;

/** Letter templates, built-in and the users' own. Every method joins the caller's transaction. */
public final class TemplateRepository {

    public long insert(
            Transaction tx,
            String name,
            String description,
            boolean builtIn,
            TemplateContent content,
            OffsetDateTime now) {
        return tx.jooq()
                .insertInto(LETTER_TEMPLATE)
                .set(LETTER_TEMPLATE.UUID, UUID.randomUUID())
                .set(LETTER_TEMPLATE.NAME, name)
                .set(LETTER_TEMPLATE.DESCRIPTION, description)
                .set(LETTER_TEMPLATE.BUILT_IN, builtIn)
                .set(LETTER_TEMPLATE.CONTENT, LetterJson.write(content))
                .set(LETTER_TEMPLATE.CREATED_AT, now)
                .set(LETTER_TEMPLATE.UPDATED_AT, now)
                .returning(LETTER_TEMPLATE.ID)
                .fetchOne()
                .getId();
    }

    public void update(
            Transaction tx, long id, String name, String description, TemplateContent content, OffsetDateTime now) {
        tx.jooq()
                .update(LETTER_TEMPLATE)
                .set(LETTER_TEMPLATE.NAME, name)
                .set(LETTER_TEMPLATE.DESCRIPTION, description)
                .set(LETTER_TEMPLATE.CONTENT, LetterJson.write(content))
                .set(LETTER_TEMPLATE.UPDATED_AT, now)
                .where(LETTER_TEMPLATE.ID.eq(id))
                .execute();
    }

    public List<LetterTemplate> all(Transaction tx) {
        return tx.jooq()
                .selectFrom(LETTER_TEMPLATE)
                .orderBy(LETTER_TEMPLATE.BUILT_IN.desc(), LETTER_TEMPLATE.NAME)
                .fetch(row -> new LetterTemplate(
                        row.getId(),
                        row.getUuid(),
                        row.getName(),
                        row.getDescription(),
                        row.getBuiltIn(),
                        LetterJson.readTemplate(row.getContent())));
    }

    public List<String> names(Transaction tx) {
        return tx.jooq().select(LETTER_TEMPLATE.NAME).from(LETTER_TEMPLATE).fetch(LETTER_TEMPLATE.NAME);
    }

    public void delete(Transaction tx, long id) {
        tx.jooq().deleteFrom(LETTER_TEMPLATE).where(LETTER_TEMPLATE.ID.eq(id)).execute();
    }

    public Optional<LetterTemplate> byId(Transaction tx, long id) {
        return all(tx).stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<LetterTemplate> byName(Transaction tx, String name) {
        return all(tx).stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}

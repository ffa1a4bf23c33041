package org.stocktake.signing.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.PERSON;
import static org.stocktake.shared.persistence.jooq.Tables.SIGNATURE_PICTURE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.signing.service.SignaturePicture;

/** The stored signature pictures' rows, each with the person it belongs to. Every method joins the caller's transaction. */
public final class SignaturePictureRepository {

    public List<SignaturePicture> all(Transaction tx) {
        return tx.jooq()
                .select()
                .from(SIGNATURE_PICTURE)
                .join(PERSON)
                .on(PERSON.ID.eq(SIGNATURE_PICTURE.PERSON_ID))
                .orderBy(SIGNATURE_PICTURE.ID)
                .fetch(SignaturePictureRepository::toPicture);
    }

    public Optional<SignaturePicture> ofPerson(Transaction tx, long personId) {
        return tx.jooq()
                .select()
                .from(SIGNATURE_PICTURE)
                .join(PERSON)
                .on(PERSON.ID.eq(SIGNATURE_PICTURE.PERSON_ID))
                .where(SIGNATURE_PICTURE.PERSON_ID.eq(personId))
                .fetchOptional(SignaturePictureRepository::toPicture);
    }

    /** The content every row refers to, which the store must keep. */
    public Set<String> digests(Transaction tx) {
        return tx
                .jooq()
                .select(SIGNATURE_PICTURE.SHA256)
                .from(SIGNATURE_PICTURE)
                .fetch(SIGNATURE_PICTURE.SHA256)
                .stream()
                .collect(Collectors.toSet());
    }

    /** Sets the person's picture, replacing the one they had; the row keeps its uuid across replacements. */
    public void put(
            Transaction tx,
            long personId,
            String sha256,
            String format,
            int width,
            int height,
            long size,
            OffsetDateTime now) {
        int updated = tx.jooq()
                .update(SIGNATURE_PICTURE)
                .set(SIGNATURE_PICTURE.SHA256, sha256)
                .set(SIGNATURE_PICTURE.FORMAT, format)
                .set(SIGNATURE_PICTURE.WIDTH, width)
                .set(SIGNATURE_PICTURE.HEIGHT, height)
                .set(SIGNATURE_PICTURE.SIZE_BYTES, size)
                .set(SIGNATURE_PICTURE.SET_AT, now)
                .where(SIGNATURE_PICTURE.PERSON_ID.eq(personId))
                .execute();
        if (updated == 0) {
            tx.jooq()
                    .insertInto(SIGNATURE_PICTURE)
                    .set(SIGNATURE_PICTURE.UUID, UUID.randomUUID())
                    .set(SIGNATURE_PICTURE.PERSON_ID, personId)
                    .set(SIGNATURE_PICTURE.SHA256, sha256)
                    .set(SIGNATURE_PICTURE.FORMAT, format)
                    .set(SIGNATURE_PICTURE.WIDTH, width)
                    .set(SIGNATURE_PICTURE.HEIGHT, height)
                    .set(SIGNATURE_PICTURE.SIZE_BYTES, size)
                    .set(SIGNATURE_PICTURE.SET_AT, now)
                    .execute();
        }
    }

    public void delete(Transaction tx, long personId) {
        tx.jooq()
                .deleteFrom(SIGNATURE_PICTURE)
                .where(SIGNATURE_PICTURE.PERSON_ID.eq(personId))
                .execute();
    }

    private static SignaturePicture toPicture(Record row) {
        return new SignaturePicture(
                row.get(SIGNATURE_PICTURE.UUID),
                row.get(PERSON.UUID),
                row.get(PERSON.FULL_NAME),
                row.get(SIGNATURE_PICTURE.SHA256),
                row.get(SIGNATURE_PICTURE.FORMAT),
                row.get(SIGNATURE_PICTURE.WIDTH),
                row.get(SIGNATURE_PICTURE.HEIGHT),
                row.get(SIGNATURE_PICTURE.SIZE_BYTES));
    }
}

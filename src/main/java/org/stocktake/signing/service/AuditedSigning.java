package org.stocktake.signing.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.signing.persistence.SignaturePictureRepository;
import org.stocktake.signing.persistence.TrustedCertificateRepository;

/** Signing's rows as stored now, for verification to hold against the audit trail. */
public final class AuditedSigning {

    private AuditedSigning() {}

    /** The trust list. */
    public static final class Trusted implements AuditedEntities {
        private final TrustedCertificateRepository repository = new TrustedCertificateRepository();

        @Override
        public String entity() {
            return TrustList.ENTITY;
        }

        @Override
        public Map<UUID, TrustedCertificate> current(Transaction tx) {
            return repository.all(tx).stream().collect(Collectors.toMap(TrustedCertificate::uuid, Function.identity()));
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "trusted certificate " + field.apply("subject");
        }
    }

    /** The stored signature pictures. */
    public static final class Pictures implements AuditedEntities {
        private final SignaturePictureRepository repository = new SignaturePictureRepository();

        @Override
        public String entity() {
            return SignaturePictures.ENTITY;
        }

        @Override
        public Map<UUID, SignaturePicture> current(Transaction tx) {
            return repository.all(tx).stream().collect(Collectors.toMap(SignaturePicture::uuid, Function.identity()));
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "signature picture of " + field.apply("personName");
        }
    }
}

package org.stocktake.signing.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A certificate on the workspace's trust list, as the list shows it and the audit trail records it.
 *
 * @param sha256 the SHA-256 of the certificate's DER bytes, in lower-case hexadecimal: its fingerprint
 * @param subject the certificate's subject, as X.500 names it
 * @param notAfter the end of its validity
 */
public record TrustedCertificate(UUID uuid, String sha256, String subject, OffsetDateTime notAfter) {}

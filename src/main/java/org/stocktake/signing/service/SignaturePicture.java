package org.stocktake.signing.service;

import java.util.UUID;

/**
 * A person's stored picture of their handwritten signature, as the audit trail records it; the bytes are in the
 * workspace's content store under {@code sha256}.
 *
 * @param person the panel register's person
 * @param format "PNG" or "JPEG"
 */
public record SignaturePicture(
        UUID uuid, UUID person, String personName, String sha256, String format, int width, int height, long size) {}

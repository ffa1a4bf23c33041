package org.stocktake.signing.service;

/** The kind of key a new certificate gets. */
public enum KeyKind {
    /** RSA with 3072 bits: read by every PDF reader. */
    RSA_3072,
    /** Elliptic curve P-256: smaller and quicker, read by current readers. */
    EC_P256
}

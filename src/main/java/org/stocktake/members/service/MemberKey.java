package org.stocktake.members.service;

import java.util.UUID;

/**
 * A member's signing key as the workspace keeps it and the audit trail records it: the public half (X.509-encoded
 * Ed25519, in Base64) and its fingerprint. The sealed private half is never part of it. A retired key signs nothing
 * more but still checks what it signed.
 */
public record MemberKey(UUID uuid, UUID member, String fingerprint, String publicKey, boolean retired) {}

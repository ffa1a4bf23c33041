package org.stocktake.members.service;

import java.util.UUID;

/**
 * A person of the panel register who signs in to the workspace, under a user name, in one role. Whether a password is
 * set is part of the member as the audit trail records it; the password's hash never is.
 */
public record Member(
        long id,
        UUID uuid,
        long personId,
        String personName,
        String userName,
        MemberRole role,
        boolean passwordSet,
        int version) {}

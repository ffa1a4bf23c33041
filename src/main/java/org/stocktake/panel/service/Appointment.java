package org.stocktake.panel.service;

import java.time.LocalDate;
import java.util.UUID;

/** A person holding a role in an organisation from one date to another (open-ended when {@code endsOn} is null). */
public record Appointment(
        UUID uuid,
        Person person,
        Organisation organisation,
        Role role,
        String officeTitle,
        LocalDate startsOn,
        LocalDate endsOn) {

    public boolean heldOn(LocalDate date) {
        return (startsOn == null || !date.isBefore(startsOn)) && (endsOn == null || !date.isAfter(endsOn));
    }
}

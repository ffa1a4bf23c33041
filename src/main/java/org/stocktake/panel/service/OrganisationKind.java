package org.stocktake.panel.service;

/** What sort of body an organisation is. */
public enum OrganisationKind {
    PANEL,
    COUNCIL,
    GOVERNMENT,
    AUDITOR,
    OTHER
}

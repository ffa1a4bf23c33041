package org.stocktake.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Stocktake " + (version == null ? "(development build)" : version)};
    }
}

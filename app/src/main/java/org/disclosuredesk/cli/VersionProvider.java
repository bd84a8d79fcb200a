// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.db.Database;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "政务公开工作台 Disclosure Desk " + (version == null ? "0.1.0-SNAPSHOT" : version),
            "数据库结构版本 " + Database.latestSchemaVersion()
        };
    }
}

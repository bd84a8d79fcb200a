// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.db.Database;
import picocli.CommandLine.IVersionProvider;

/** The pom version, from the jar manifest's Implementation-Version (set by app/pom.xml); none when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "政务公开工作台 Disclosure Desk " + (version == null ? "（开发构建，未打包）" : version),
            "数据库结构版本 " + Database.latestSchemaVersion()
        };
    }
}

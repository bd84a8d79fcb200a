// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folders that sync clients common in Chinese offices and abroad keep in step with a cloud:
 * a database inside one is copied, uploaded and replaced while SQLite writes it.
 */
final class SyncedFolders {

    private record Service(String name, Pattern segment) {
    }

    /** Matched against each folder name of the path, ignoring case. */
    private static final List<Service> SERVICES = List.of(
            service("OneDrive", "onedrive.*"),
            service("Dropbox", "dropbox.*"),
            service("Google 云端硬盘", "google ?drive.*|my drive|我的云端硬盘|共享云端硬盘|shared drives"),
            service("iCloud 云盘", "icloud ?drive.*|mobile documents|com~apple~clouddocs"),
            service("坚果云", ".*坚果云.*|nutstore.*"),
            service("百度网盘", ".*百度网盘.*|.*百度云.*|baidunetdisk.*|baidusyncdisk.*"),
            service("WPS 云盘", "wps ?(云盘|网盘|云文档|drive|cloud).*|wpsdrive.*"),
            service("腾讯微云", ".*微云.*|weiyun.*"),
            service("阿里云盘", ".*阿里云盘.*|adrive"),
            service("亿方云", ".*亿方云.*|fangcloud.*"),
            service("Box", "box|box sync|box drive"),
            service("Nextcloud", "nextcloud.*"),
            service("ownCloud", "owncloud.*"),
            service("Seafile", "seafile.*|seadrive.*"),
            service("Synology Drive", "synology ?drive.*"),
            service("pCloud", "pcloud.*"),
            service("MEGA", "mega|megasync.*"),
            service("Yandex Disk", "yandex\\.disk.*"));

    private SyncedFolders() {
    }

    /** The sync service whose folder holds {@code path}, if any. */
    static Optional<String> serviceOf(String path) {
        for (String segment : path.split("[\\\\/]+")) {
            String lower = segment.trim().toLowerCase(Locale.ROOT);
            for (Service s : SERVICES) {
                if (s.segment().matcher(lower).matches()) {
                    return Optional.of(s.name());
                }
            }
        }
        return Optional.empty();
    }

    private static Service service(String name, String regex) {
        return new Service(name, Pattern.compile(regex));
    }
}

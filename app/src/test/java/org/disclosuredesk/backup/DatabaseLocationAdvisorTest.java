// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseLocationAdvisorTest {

    /** Z: and Y: are mapped network drives on the pretend Windows machine. */
    private static final Set<Character> MAPPED = Set.of('Z', 'Y');

    @ParameterizedTest(name = "{0} on {1} ({2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // path                                                      | os      | store type | expected warnings
            "C:\\Users\\李明\\AppData\\Roaming\\DisclosureDesk\\desk.db   | Windows 10 | NTFS   | -",
            "D:\\政务公开\\desk.db                                         | Windows 10 | NTFS   | -",
            "\\\\fileserver\\公开办\\desk.db                               | Windows 10 | NTFS   | NETWORK_DRIVE:\\\\fileserver\\公开办",
            "//fileserver/share/desk.db                                    | Windows 10 | -      | NETWORK_DRIVE:\\\\fileserver\\share",
            "\\\\?\\UNC\\nas\\data\\desk.db                                | Windows 10 | -      | NETWORK_DRIVE:\\\\nas\\data",
            "\\\\?\\C:\\very\\long\\path\\desk.db                          | Windows 10 | NTFS   | -",
            "Z:\\台账\\desk.db                                             | Windows 11 | NTFS   | NETWORK_DRIVE:Z: 网络驱动器",
            "y:\\desk.db                                                   | Windows 11 | NTFS   | NETWORK_DRIVE:Y: 网络驱动器",
            "E:\\desk.db                                                   | Windows 11 | FAT32  | -",
            "/home/li/.local/share/disclosure-desk/desk.db                 | Linux      | ext4   | -",
            "/mnt/share/desk.db                                            | Linux      | cifs   | NETWORK_DRIVE:网络文件系统 cifs",
            "/mnt/nas/desk.db                                              | Linux      | nfs4   | NETWORK_DRIVE:网络文件系统 nfs4",
            "/home/li/remote/desk.db                                       | Linux      | fuse.sshfs | NETWORK_DRIVE:网络文件系统 fuse.sshfs",
            "/media/li/U盘/desk.db                                         | Linux      | vfat   | -",
            "/Volumes/Office/desk.db                                       | Mac OS X   | smbfs  | NETWORK_DRIVE:网络文件系统 smbfs",
            "Z:\\desk.db                                                   | Linux      | ext4   | -",
            "C:\\Users\\李明\\OneDrive\\文档\\desk.db                      | Windows 10 | NTFS   | SYNCED_FOLDER:OneDrive",
            "C:\\Users\\李明\\OneDrive - 某某县人民政府\\desk.db           | Windows 10 | NTFS   | SYNCED_FOLDER:OneDrive",
            "C:\\Users\\李明\\Dropbox (个人)\\desk.db                      | Windows 10 | NTFS   | SYNCED_FOLDER:Dropbox",
            "G:\\My Drive\\desk.db                                         | Windows 10 | FAT32  | SYNCED_FOLDER:Google 云端硬盘",
            "C:\\Users\\李明\\Google Drive\\desk.db                        | Windows 10 | NTFS   | SYNCED_FOLDER:Google 云端硬盘",
            "C:\\Users\\李明\\iCloudDrive\\desk.db                         | Windows 10 | NTFS   | SYNCED_FOLDER:iCloud 云盘",
            "/Users/li/Library/Mobile Documents/com~apple~CloudDocs/desk.db | Mac OS X  | apfs   | SYNCED_FOLDER:iCloud 云盘",
            "D:\\我的坚果云\\台账\\desk.db                                 | Windows 10 | NTFS   | SYNCED_FOLDER:坚果云",
            "C:\\Users\\李明\\Nutstore\\desk.db                            | Windows 10 | NTFS   | SYNCED_FOLDER:坚果云",
            "D:\\百度网盘同步空间\\desk.db                                  | Windows 10 | NTFS   | SYNCED_FOLDER:百度网盘",
            "D:\\BaiduSyncdisk\\desk.db                                    | Windows 10 | NTFS   | SYNCED_FOLDER:百度网盘",
            "C:\\Users\\李明\\Documents\\WPS Cloud Files\\desk.db          | Windows 10 | NTFS   | SYNCED_FOLDER:WPS 云盘",
            "C:\\Users\\李明\\WPSDrive\\123456\\desk.db                    | Windows 10 | NTFS   | SYNCED_FOLDER:WPS 云盘",
            "D:\\WPS云盘\\desk.db                                          | Windows 10 | NTFS   | SYNCED_FOLDER:WPS 云盘",
            "D:\\腾讯微云\\desk.db                                         | Windows 10 | NTFS   | SYNCED_FOLDER:腾讯微云",
            "/home/li/Nextcloud/desk.db                                    | Linux      | ext4   | SYNCED_FOLDER:Nextcloud",
            "D:\\公开办\\box\\desk.db                                      | Windows 10 | NTFS   | SYNCED_FOLDER:Box",
            "D:\\公开办\\boxes\\desk.db                                    | Windows 10 | NTFS   | -",
            "D:\\公开办\\OneDrive备份说明\\desk.db                         | Windows 10 | NTFS   | SYNCED_FOLDER:OneDrive",
            "Z:\\OneDrive\\desk.db                                         | Windows 10 | NTFS   | NETWORK_DRIVE:Z: 网络驱动器;SYNCED_FOLDER:OneDrive"})
    void warns_about_network_drives_and_synced_folders(String path, String os, String storeType, String expected) {
        DatabaseLocationAdvisor advisor = new DatabaseLocationAdvisor(os, p -> Optional.empty(), MAPPED::contains);

        List<LocationWarning> warnings = advisor.advise(path, Optional.ofNullable(storeType));

        String actual = warnings.stream().map(w -> w.risk() + ":" + w.where()).collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected, actual);
    }

    @Test
    void the_message_says_what_happens_and_what_to_do() {
        LocationWarning w = new DatabaseLocationAdvisor("Windows 10", p -> Optional.empty(), c -> false)
                .advise("D:\\我的坚果云\\desk.db", Optional.of("NTFS")).get(0);
        assertEquals(true, w.message().contains("坚果云"));
        assertEquals(true, w.message().contains("损坏"));
        assertEquals(true, w.message().contains("移到不同步的本机文件夹"));
    }

    @Test
    void the_real_probe_judges_a_file_not_created_yet_by_its_nearest_folder(@org.junit.jupiter.api.io.TempDir Path dir) {
        // the temp folder of the build machine is a local disk: no network warning, and no failure for the missing file
        assertEquals(List.of(), new DatabaseLocationAdvisor().advise(dir.resolve("new").resolve("desk.db")).stream()
                .filter(w -> w.risk() == LocationWarning.Risk.NETWORK_DRIVE).collect(Collectors.toList()));
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a path is on another machine: a Windows UNC path ({@code \\server\share}), a mapped drive
 * letter whose drive type is remote, or a network file system (nfs, cifs/smb, sshfs, …) by the type
 * the JDK reports for the file store.
 */
final class NetworkLocations {

    private static final Set<String> NETWORK_TYPES = Set.of(
            "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "afpfs", "9p", "ceph", "glusterfs",
            "lustre", "gpfs", "ncpfs", "coda", "davfs", "webdav", "sshfs");
    private static final Set<String> NETWORK_FUSE = Set.of(
            "sshfs", "rclone", "s3fs", "gcsfuse", "glusterfs", "davfs2", "cephfs", "smbnetfs", "curlftpfs");

    private NetworkLocations() {
    }

    /**
     * A short description of where the network location is, or empty for a local disk.
     *
     * @param fileStoreType what {@code FileStore.type()} said for the file's folder, if known
     * @param remoteDrive   on Windows, whether a drive letter is a mapped network drive
     */
    static Optional<String> networkLocation(String path, String osName, Optional<String> fileStoreType,
            Predicate<Character> remoteDrive) {
        if (isUnc(path)) {
            return Optional.of(uncShare(path));
        }
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows && path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))
                && remoteDrive.test(Character.toUpperCase(path.charAt(0)))) {
            return Optional.of(Character.toUpperCase(path.charAt(0)) + ": 网络驱动器");
        }
        return fileStoreType.filter(NetworkLocations::isNetworkType).map(t -> "网络文件系统 " + t);
    }

    static boolean isNetworkType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("fuse.")) {
            return NETWORK_FUSE.contains(t.substring("fuse.".length()));
        }
        return NETWORK_TYPES.contains(t);
    }

    /** {@code \\server\share\…} or {@code //server/share/…}; {@code \\?\C:\…} is a long local path, not a share. */
    static boolean isUnc(String path) {
        String p = path.replace('/', '\\');
        if (!p.startsWith("\\\\")) {
            return false;
        }
        if (p.startsWith("\\\\?\\") || p.startsWith("\\\\.\\")) {
            return p.toUpperCase(Locale.ROOT).startsWith("\\\\?\\UNC\\");
        }
        return p.length() > 2;
    }

    private static String uncShare(String path) {
        String p = path.replace('/', '\\');
        if (p.toUpperCase(Locale.ROOT).startsWith("\\\\?\\UNC\\")) {
            p = "\\\\" + p.substring("\\\\?\\UNC\\".length());
        }
        String[] parts = p.substring(2).split("\\\\");
        return parts.length >= 2 ? "\\\\" + parts[0] + "\\" + parts[1] : "\\\\" + parts[0];
    }
}

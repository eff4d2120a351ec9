package th.go.moc.ops.sor301hub.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.vfs2.CacheStrategy;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.FileSystemException;
import org.apache.commons.vfs2.FileSystemOptions;
import org.apache.commons.vfs2.FileType;
import org.apache.commons.vfs2.auth.StaticUserAuthenticator;
import org.apache.commons.vfs2.cache.NullFilesCache;
import org.apache.commons.vfs2.impl.DefaultFileSystemConfigBuilder;
import org.apache.commons.vfs2.impl.DefaultFileSystemManager;
import org.apache.commons.vfs2.provider.sftp.SftpFileProvider;
import org.apache.commons.vfs2.provider.sftp.SftpFileSystemConfigBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.go.moc.ops.sor301hub.share.smb.SmbFileProvider;

/**
 * The share on another machine, through Commons VFS: SFTP (VFS's provider on JSch) or SMB (ours, on smbj). Paths
 * are relative to the share and use "/". Files are written under a hidden temporary name and renamed into place,
 * so a reader never sees half a file; attributes are read afresh on every call (no VFS cache), since units and
 * other instances change the share all the time.
 */
public final class RemoteShare implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteShare.class);

    /** A file on the share: its path relative to the share, size and last change (ms). */
    public record Entry(String path, long size, long modified) {
    }

    private final ShareAddress address;
    private final DefaultFileSystemManager vfs;
    private final FileSystemOptions options;

    public RemoteShare(ShareAddress address, Path knownHosts, Duration timeout) throws FileSystemException {
        this.address = address;
        this.vfs = new DefaultFileSystemManager();
        vfs.addProvider("sftp", new SftpFileProvider());
        vfs.addProvider("smb", new SmbFileProvider());
        vfs.setFilesCache(new NullFilesCache());
        vfs.setCacheStrategy(CacheStrategy.ON_CALL);
        vfs.init();
        this.options = new FileSystemOptions();
        DefaultFileSystemConfigBuilder.getInstance().setUserAuthenticator(options,
                new StaticUserAuthenticator(null, address.username(), address.password()));
        SftpFileSystemConfigBuilder sftp = SftpFileSystemConfigBuilder.getInstance();
        sftp.setUserDirIsRoot(options, false);
        sftp.setConnectTimeout(options, timeout);
        sftp.setSessionTimeout(options, timeout);
        if (knownHosts != null) {
            sftp.setKnownHosts(options, knownHosts.toFile());
            sftp.setStrictHostKeyChecking(options, "yes");
        } else {
            if ("sftp".equals(address.scheme())) {
                log.warn("hub.share-known-hosts is not set: the SFTP server's key is not checked");
            }
            sftp.setStrictHostKeyChecking(options, "no");
        }
    }

    public ShareAddress address() {
        return address;
    }

    private FileObject resolve(String path) throws FileSystemException {
        return vfs.resolveFile(address.uri().toString() + path, options);
    }

    /** Whether the share can be reached and its root is a folder. */
    public void check() throws IOException {
        try (FileObject root = resolve("")) {
            if (root.getType() != FileType.FOLDER) {
                throw new IOException(address + ": ไม่ใช่โฟลเดอร์ / not a folder");
            }
        }
    }

    /** The files under a folder of the share, at any depth (a missing folder has none). */
    public List<Entry> files(String folder) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (FileObject dir = resolve(folder)) {
            if (dir.getType() == FileType.FOLDER) {
                collect(dir, folder, out);
            }
        }
        return out;
    }

    private void collect(FileObject dir, String prefix, List<Entry> out) throws IOException {
        for (FileObject child : dir.getChildren()) {
            try (child) {
                String path = prefix + "/" + child.getName().getBaseName();
                FileType type = child.getType();
                if (type == FileType.FOLDER) {
                    collect(child, path, out);
                } else if (type == FileType.FILE) {
                    out.add(new Entry(path, child.getContent().getSize(), child.getContent().getLastModifiedTime()));
                }
            }
        }
    }

    public Optional<Entry> stat(String path) throws IOException {
        try (FileObject file = resolve(path)) {
            if (file.getType() != FileType.FILE) {
                return Optional.empty();
            }
            return Optional.of(new Entry(path, file.getContent().getSize(), file.getContent().getLastModifiedTime()));
        }
    }

    /** Copies a file of the share to this machine, whole or not at all, keeping its time of last change. */
    public void download(String path, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path partial = to.resolveSibling("." + to.getFileName() + ".download");
        long modified;
        try (FileObject file = resolve(path); InputStream in = file.getContent().getInputStream()) {
            modified = file.getContent().getLastModifiedTime();
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(partial, FileTime.fromMillis(modified));
        Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies a file of this machine to the share: written beside its place under a hidden name, then renamed. */
    public void upload(Path from, String path) throws IOException {
        int slash = path.lastIndexOf('/');
        String partial = path.substring(0, slash + 1) + "." + path.substring(slash + 1) + ".upload";
        try (FileObject temp = resolve(partial)) {
            temp.getParent().createFolder();
            try (OutputStream out = temp.getContent().getOutputStream()) {
                Files.copy(from, out);
            }
            try (FileObject target = resolve(path)) {
                if (target.exists()) {
                    target.delete();
                }
                temp.moveTo(target);
            }
        }
    }

    /** Removes a file of the share; false if it was not there. */
    public boolean delete(String path) throws IOException {
        try (FileObject file = resolve(path)) {
            return file.delete();
        }
    }

    /** Makes a folder of the share (and those above it). */
    public void folder(String path) throws IOException {
        try (FileObject dir = resolve(path)) {
            dir.createFolder();
        }
    }

    @Override
    public void close() {
        vfs.close();
    }
}

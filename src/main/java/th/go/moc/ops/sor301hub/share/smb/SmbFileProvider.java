package th.go.moc.ops.sor301hub.share.smb;

import java.util.Collection;
import java.util.List;
import org.apache.commons.vfs2.Capability;
import org.apache.commons.vfs2.FileName;
import org.apache.commons.vfs2.FileSystem;
import org.apache.commons.vfs2.FileSystemOptions;
import org.apache.commons.vfs2.provider.AbstractOriginatingFileProvider;
import org.apache.commons.vfs2.provider.GenericFileName;
import org.apache.commons.vfs2.provider.URLFileNameParser;

/**
 * Commons VFS provider for {@code smb://[user@]host[:port]/share/path}, over smbj (SMB 2 and 3).
 *
 * <p>Why our own: Commons VFS ships no SMB provider (its sandbox's is not published for 2.10 and speaks only SMB 1,
 * which Samba and Windows no longer accept by default), and no maintained third-party one resolves here. The
 * provider does only what the service asks of a share: list, read, write, make folders, rename, delete.
 */
public final class SmbFileProvider extends AbstractOriginatingFileProvider {

    static final Collection<Capability> CAPABILITIES = List.of(Capability.CREATE, Capability.DELETE, Capability.RENAME,
            Capability.GET_TYPE, Capability.LIST_CHILDREN, Capability.READ_CONTENT, Capability.WRITE_CONTENT,
            Capability.GET_LAST_MODIFIED, Capability.URI);

    public SmbFileProvider() {
        setFileNameParser(new URLFileNameParser(445));
    }

    @Override
    protected FileSystem doCreateFileSystem(FileName rootName, FileSystemOptions options) {
        return new SmbFileSystem((GenericFileName) rootName, options);
    }

    @Override
    public Collection<Capability> getCapabilities() {
        return CAPABILITIES;
    }
}

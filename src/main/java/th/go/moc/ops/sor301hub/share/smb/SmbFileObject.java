package th.go.moc.ops.sor301hub.share.smb;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileAllInformation;
import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;
import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.mssmb2.SMBApiException;
import com.hierynomus.smbj.share.DiskEntry;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.FileSystemException;
import org.apache.commons.vfs2.FileType;
import org.apache.commons.vfs2.provider.AbstractFileName;
import org.apache.commons.vfs2.provider.AbstractFileObject;

/** A file or folder on an SMB share: the first segment of the path names the share, the rest the file in it. */
final class SmbFileObject extends AbstractFileObject<SmbFileSystem> {

    private static final Set<NtStatus> ABSENT = Set.of(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND,
            NtStatus.STATUS_OBJECT_PATH_NOT_FOUND, NtStatus.STATUS_NO_SUCH_FILE);

    private FileAllInformation info;

    SmbFileObject(AbstractFileName name, SmbFileSystem fs) {
        super(name, fs);
    }

    private String shareName() {
        String path = getName().getPath();
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    /** The path inside the share, as SMB writes it. */
    private String inner() {
        String path = getName().getPath();
        int end = path.indexOf('/', 1);
        return end < 0 ? "" : path.substring(end + 1).replace('/', '\\');
    }

    private DiskShare share() throws FileSystemException {
        return getAbstractFileSystem().share(shareName());
    }

    @Override
    protected void doDetach() {
        info = null;
    }

    @Override
    protected FileType doGetType() throws Exception {
        if (getName().getPath().equals("/")) {
            return FileType.FOLDER;
        }
        try {
            info = call(() -> share().getFileInformation(inner()));
            return info.getStandardInformation().isDirectory() ? FileType.FOLDER : FileType.FILE;
        } catch (SMBApiException e) {
            if (ABSENT.contains(e.getStatus())) {
                return FileType.IMAGINARY;
            }
            throw e;
        }
    }

    @Override
    protected String[] doListChildren() throws Exception {
        List<String> names = new ArrayList<>();
        for (FileIdBothDirectoryInformation entry : call(() -> share().list(inner()))) {
            String name = entry.getFileName();
            if (!name.equals(".") && !name.equals("..")) {
                names.add(org.apache.commons.vfs2.provider.UriParser.encode(name));
            }
        }
        return names.toArray(String[]::new);
    }

    @Override
    protected long doGetContentSize() throws Exception {
        return information().getStandardInformation().getEndOfFile();
    }

    @Override
    protected long doGetLastModifiedTime() throws Exception {
        return information().getBasicInformation().getLastWriteTime().toEpochMillis();
    }

    private FileAllInformation information() throws Exception {
        if (info == null) {
            info = call(() -> share().getFileInformation(inner()));
        }
        return info;
    }

    @Override
    protected InputStream doGetInputStream(int bufferSize) throws Exception {
        File file = call(() -> share().openFile(inner(), EnumSet.of(AccessMask.GENERIC_READ), null,
                SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN, null));
        return new FilterInputStream(file.getInputStream()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    file.close();
                }
            }
        };
    }

    @Override
    protected OutputStream doGetOutputStream(boolean append) throws Exception {
        File file = call(() -> share().openFile(inner(), EnumSet.of(AccessMask.GENERIC_WRITE), null,
                SMB2ShareAccess.ALL, append ? SMB2CreateDisposition.FILE_OPEN_IF : SMB2CreateDisposition.FILE_OVERWRITE_IF,
                null));
        return new FilterOutputStream(file.getOutputStream(append)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    file.close();
                }
            }
        };
    }

    @Override
    protected void doCreateFolder() throws Exception {
        call(() -> {
            share().mkdir(inner());
            return null;
        });
    }

    @Override
    protected void doDelete() throws Exception {
        call(() -> {
            if (getType() == FileType.FOLDER) {
                share().rmdir(inner(), false);
            } else {
                share().rm(inner());
            }
            return null;
        });
    }

    /** Renames within the same share, replacing what is there (the move that makes a written file appear whole). */
    @Override
    protected void doRename(FileObject newFile) throws Exception {
        SmbFileObject target = (SmbFileObject) org.apache.commons.vfs2.util.FileObjectUtils.getAbstractFileObject(newFile);
        if (!target.shareName().equals(shareName())) {
            throw new FileSystemException("vfs.provider/rename-not-supported.error");
        }
        call(() -> {
            try (DiskEntry entry = share().open(inner(), EnumSet.of(AccessMask.DELETE, AccessMask.GENERIC_READ),
                    EnumSet.of(FileAttributes.FILE_ATTRIBUTE_NORMAL), SMB2ShareAccess.ALL, SMB2CreateDisposition.FILE_OPEN,
                    null)) {
                entry.rename(target.inner(), true);
            }
            return null;
        });
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    /** Runs one request; a broken connection is forgotten so that the next request connects afresh. */
    private <T> T call(Call<T> call) throws Exception {
        try {
            return call.run();
        } catch (SMBApiException e) {
            throw e;
        } catch (IOException | com.hierynomus.smbj.common.SMBRuntimeException e) {
            getAbstractFileSystem().broken();
            throw new FileSystemException("vfs.provider/connect.error", e, getName().getFriendlyURI());
        }
    }
}

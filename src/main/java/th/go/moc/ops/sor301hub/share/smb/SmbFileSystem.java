package th.go.moc.ops.sor301hub.share.smb;

import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.auth.AuthenticationContext;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskShare;
import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.commons.vfs2.Capability;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.FileSystemException;
import org.apache.commons.vfs2.FileSystemOptions;
import org.apache.commons.vfs2.UserAuthenticationData;
import org.apache.commons.vfs2.provider.AbstractFileName;
import org.apache.commons.vfs2.provider.AbstractFileSystem;
import org.apache.commons.vfs2.provider.GenericFileName;
import org.apache.commons.vfs2.util.UserAuthenticatorUtils;

/**
 * One SMB server as seen by one account: a session, and the shares opened on it. A session or share that broke
 * (the server restarted, the network went away) is opened afresh on the next call.
 */
final class SmbFileSystem extends AbstractFileSystem {

    private static final UserAuthenticationData.Type[] AUTH = {UserAuthenticationData.DOMAIN,
        UserAuthenticationData.USERNAME, UserAuthenticationData.PASSWORD};

    private final GenericFileName server;
    private SMBClient client;
    private Connection connection;
    private Session session;
    private final java.util.Map<String, DiskShare> shares = new java.util.HashMap<>();

    SmbFileSystem(GenericFileName rootName, FileSystemOptions options) {
        super(rootName, null, options);
        this.server = rootName;
    }

    @Override
    protected FileObject createFile(AbstractFileName name) {
        return new SmbFileObject(name, this);
    }

    @Override
    protected void addCapabilities(Collection<Capability> caps) {
        caps.addAll(SmbFileProvider.CAPABILITIES);
    }

    /** The named share, connected (again, if it was lost). */
    synchronized DiskShare share(String name) throws FileSystemException {
        DiskShare share = shares.get(name);
        if (share != null && share.isConnected()) {
            return share;
        }
        try {
            if (session == null || connection == null || !connection.isConnected()) {
                connect();
            }
            share = (DiskShare) session.connectShare(name);
            shares.put(name, share);
            return share;
        } catch (IOException | RuntimeException e) {
            disconnect();
            throw new FileSystemException("vfs.provider/connect.error", e, server.getHostName() + "/" + name);
        }
    }

    /** Forgets the connection after an error, so that the next call connects afresh. */
    synchronized void broken() {
        disconnect();
    }

    private void connect() throws IOException {
        disconnect();
        UserAuthenticationData auth = UserAuthenticatorUtils.authenticate(getFileSystemOptions(), AUTH);
        try {
            String user = text(auth, UserAuthenticationData.USERNAME, server.getUserName());
            String password = text(auth, UserAuthenticationData.PASSWORD, server.getPassword());
            String domain = text(auth, UserAuthenticationData.DOMAIN, null);
            client = new SMBClient(SmbConfig.builder().withTimeout(30, TimeUnit.SECONDS)
                    .withSoTimeout(60, TimeUnit.SECONDS).build());
            connection = client.connect(server.getHostName(), server.getPort());
            AuthenticationContext context = user == null || user.isEmpty() ? AuthenticationContext.anonymous()
                    : new AuthenticationContext(user, password == null ? new char[0] : password.toCharArray(), domain);
            session = connection.authenticate(context);
        } finally {
            UserAuthenticatorUtils.cleanup(auth);
        }
    }

    private static String text(UserAuthenticationData auth, UserAuthenticationData.Type type, String fallback) {
        char[] value = UserAuthenticatorUtils.getData(auth, type, fallback == null ? null : fallback.toCharArray());
        return value == null ? null : new String(value);
    }

    private void disconnect() {
        shares.clear();
        if (client != null) {
            client.close();
        }
        client = null;
        connection = null;
        session = null;
    }

    @Override
    protected void doCloseCommunicationLink() {
        synchronized (this) {
            disconnect();
        }
    }
}

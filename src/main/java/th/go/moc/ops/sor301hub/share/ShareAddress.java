package th.go.moc.ops.sor301hub.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A share reached over the network: {@code sftp://host[:port]/path} or {@code smb://host[:port]/share/path}, with the
 * account from the settings ({@code hub.share-username}, and the password in {@code hub.share-password} or, better,
 * in the file {@code hub.share-password-file}). A password written into the address itself is refused: it would
 * be shown wherever the address is. {@link #toString()} never shows the password.
 */
public record ShareAddress(URI uri, String username, String password) {

    public static boolean isAddress(String share) {
        return share != null && share.matches("(?i)(sftp|smb)://.*");
    }

    public static ShareAddress of(String share, String username, String password, String passwordFile) {
        URI uri = URI.create(share.endsWith("/") ? share : share + "/");
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new IllegalArgumentException("hub.share: ใส่รหัสผ่านใน hub.share-password-file แทนการเขียนในที่อยู่ / "
                    + "put the password in hub.share-password-file, not in the address");
        }
        String user = username == null || username.isBlank() ? uri.getUserInfo() : username;
        String secret = password;
        if (passwordFile != null && !passwordFile.isBlank()) {
            try {
                secret = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("hub.share-password-file: อ่านไม่ได้ / cannot be read: " + passwordFile, e);
            }
        }
        URI bare = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + uri.getRawPath());
        return new ShareAddress(bare, user, secret);
    }

    public String scheme() {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    }

    /** The address and account, without the password: safe for logs and the health endpoint. */
    @Override
    public String toString() {
        return uri.getScheme() + "://" + (username == null ? "" : username + "@") + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getPath();
    }
}

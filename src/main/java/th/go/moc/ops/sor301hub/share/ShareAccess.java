package th.go.moc.ops.sor301hub.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import th.go.moc.ops.sor301hub.settings.HubSettings;

/**
 * The share as the rest of the service sees it, whether it is a folder of this machine or reached over SFTP/SMB
 * (then through {@link ShareBridge}): read a file of it, drop a file into a unit's inbox folder, keep the working
 * copy in step, say whether it can be reached.
 */
public final class ShareAccess {

    private final HubSettings settings;
    private final Optional<ShareBridge> bridge;

    public ShareAccess(HubSettings settings, Optional<ShareBridge> bridge) {
        this.settings = settings;
        this.bridge = bridge;
    }

    public Optional<ShareBridge> bridge() {
        return bridge;
    }

    /** The route share-sync's step: nothing to do for a local share. */
    public void sync() {
        bridge.ifPresent(ShareBridge::sync);
    }

    /** A file of the share (path relative to it) on this machine, fetched first if the share is elsewhere. */
    public Path read(String path) throws IOException {
        return bridge.isPresent() ? bridge.get().fetched(path) : settings.share().resolve(path);
    }

    /**
     * Puts a file into a unit's inbox folder as a finished copy (renamed into place), for the instance that leads
     * to read: the local inbox, or the share's when it is elsewhere (this instance may not be the one leading).
     * A name already waiting there becomes "name (2).xlsx". Returns the path taken, relative to the share.
     */
    public String dropInInbox(Path file, String unitFolder, String name) throws IOException {
        String folder = "inbox/" + unitFolder + "/";
        String path = folder + name;
        int dot = name.lastIndexOf('.');
        for (int i = 2; exists(path); i++) {
            path = folder + (dot > 0 ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot) : name + " (" + i + ")");
        }
        if (bridge.isPresent()) {
            bridge.get().remote().upload(file, path);
        } else {
            Path target = settings.share().resolve(path);
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return path;
    }

    /** Whether a file (path relative to the share) is on the share now. */
    public boolean exists(String path) throws IOException {
        return bridge.isPresent() ? bridge.get().remote().stat(path).isPresent()
                : Files.isRegularFile(settings.share().resolve(path));
    }

    /** Whether a file (path relative to the share) is here or on the share elsewhere: what may be offered. */
    public boolean available(String path) throws IOException {
        return Files.isRegularFile(settings.share().resolve(path)) || exists(path);
    }

    /** Ends the connections to a share elsewhere. */
    public void close() {
        bridge.ifPresent(b -> b.remote().close());
    }
}

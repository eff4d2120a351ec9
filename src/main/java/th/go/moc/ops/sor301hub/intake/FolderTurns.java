package th.go.moc.ops.sor301hub.intake;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps the files of one inbox folder in the order they were picked up while files of different
 * folders are read in parallel: a unit's second version must be recorded after its first, or the
 * wrong one would count. The intake route takes a turn for each file as it polls (in order), and
 * the worker that reads the file waits for that turn.
 */
@Component("folderTurns")
public class FolderTurns {

    private final Map<String, long[]> turns = new HashMap<>();

    /** Called in poll order: the file's turn within its folder. */
    public synchronized long take(File file) {
        long[] t = turns.computeIfAbsent(folder(file), k -> new long[2]);
        return t[0]++;
    }

    /** Waits until every earlier file of the folder is done. */
    public synchronized void await(File file, long turn) throws InterruptedException {
        long[] t = turns.get(folder(file));
        while (t != null && t[1] < turn) {
            wait();
        }
    }

    /** The file is done, whatever became of it: the folder's next file may go. */
    public synchronized void done(File file) {
        long[] t = turns.get(folder(file));
        if (t != null) {
            t[1]++;
            notifyAll();
        }
    }

    /**
     * Waits until no file is being read (or at most the given time, so that a steady stream of files
     * cannot hold up what waits): a month's outputs are built once after a burst, not during it.
     */
    public synchronized void awaitIdle(long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        for (long left = maxMillis; !idle() && left > 0; left = deadline - System.currentTimeMillis()) {
            wait(left);
        }
    }

    /** Whether no file is being read or waiting for its turn. */
    public synchronized boolean idle() {
        return turns.values().stream().allMatch(t -> t[0] == t[1]);
    }

    private static String folder(File file) {
        File parent = file.getAbsoluteFile().getParentFile();
        return parent == null ? "" : parent.getPath();
    }
}

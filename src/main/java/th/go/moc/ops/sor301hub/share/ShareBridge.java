package th.go.moc.ops.sor301hub.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.StandardCopyOption;
import th.go.moc.ops.sor301hub.files.CompleteZip;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStatus;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.store.WorkQueue;

/**
 * Keeps a share reached over SFTP or SMB and this instance's working copy ({@code hub.folder}) in step, on the
 * leading instance, every {@code hub.poll} (route share-sync):
 * <ol>
 *   <li>a file in the share's inbox that has settled (same size and time of last change for {@code hub.settle})
 *       is copied into the working inbox, where the intake route reads it as it reads a local share's (the xlsx
 *       zip check and the rest apply as they are);</li>
 *   <li>what the service kept or wrote in the working copy (archive/, rejected/, feedback/, outputs/) is copied up
 *       to the share, new or changed files only (at once after a file is kept, else at least every 5 s);</li>
 *   <li>a share inbox file whose working copy the intake has finished with is removed from the share's inbox,
 *       only after step 2 has put its kept original on the share, and only if it is still the file that was
 *       copied (a unit may have dropped a new one under the same name).</li>
 * </ol>
 * A crash between any two steps loses nothing: the share's inbox file stays and is copied again, and the intake
 * recognises its content (SubmissionIntake) and only finishes keeping it.
 *
 * <p>When the share cannot be reached, the next try waits twice as long each time, up to a minute; the health
 * endpoint says so meanwhile ({@link #state()}).
 */
public final class ShareBridge {

    private static final Logger log = LoggerFactory.getLogger(ShareBridge.class);
    private static final List<String> KEPT = List.of("archive", "rejected", "feedback", "outputs");
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private static final Duration PUSH_AT_LEAST_EVERY = Duration.ofSeconds(5);

    /** Whether the share could be reached at the last try, since when, and why not. */
    public record State(boolean reachable, Instant since, String problem, Instant nextTry) {
    }

    private record Seen(long size, long modified, Instant first) {
    }

    /** An xlsx copied in while its zip was not yet written to its end: left alone until it changes. */
    private final Map<String, Seen> incomplete = new HashMap<>();

    private final RemoteShare remote;
    private final HubSettings settings;
    private final SubmissionStore store;
    private final WorkQueue queue;
    private final Clock clock;
    private final Map<String, Seen> settling = new HashMap<>();
    /** Share inbox files copied into the working inbox and not yet removed from the share: path → (size, time). */
    private final Map<String, Seen> copied = new HashMap<>();
    /** Working copy files put on the share: path → their size and time of last change when put. */
    private final Map<String, Seen> uploaded = new ConcurrentHashMap<>();
    private volatile State state;
    private volatile int waiting;
    private int failures;
    private boolean uploadedKnown;
    private volatile Instant lastPush;

    public ShareBridge(RemoteShare remote, HubSettings settings, SubmissionStore store, WorkQueue queue, Clock clock) {
        this.remote = remote;
        this.settings = settings;
        this.store = store;
        this.queue = queue;
        this.clock = clock;
        this.state = new State(true, clock.instant(), null, null);
    }

    public State state() {
        return state;
    }

    public RemoteShare remote() {
        return remote;
    }

    /** One round of the three steps; a share away is noted and retried later, never thrown into the route. */
    public synchronized void sync() {
        Instant now = clock.instant();
        if (state.nextTry() != null && now.isBefore(state.nextTry())) {
            return;
        }
        try {
            Set<String> finished = finished();
            pull(now);
            // The working copy is walked when a file was just kept (its inbox original waits on it), and otherwise
            // every few seconds for feedback and outputs: not at every look, which a year of archive makes costly.
            if (!finished.isEmpty() || !uploadedKnown || lastPush == null
                    || Duration.between(lastPush, now).compareTo(PUSH_AT_LEAST_EVERY) >= 0) {
                push();
                lastPush = now;
            }
            clear(finished);
            if (!state.reachable() || failures > 0) {
                log.info("The share {} can be reached again", remote.address());
            }
            failures = 0;
            if (!state.reachable()) {
                state = new State(true, now, null, null);
            }
        } catch (IOException | RuntimeException e) {
            failures++;
            Duration wait = settings.poll().multipliedBy(1L << Math.min(failures, 16));
            wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            String problem = e.getMessage() == null ? e.toString() : e.getMessage();
            log.warn("The share {} cannot be reached ({}); trying again in {} s", remote.address(), problem,
                    wait.toSeconds());
            state = new State(false, state.reachable() ? now : state.since(), problem, now.plus(wait));
            uploadedKnown = false;
        }
    }

    /** Copied files whose working copy is gone from the working inbox: the intake has kept them. */
    private Set<String> finished() {
        Set<String> done = new java.util.HashSet<>();
        for (String path : copied.keySet()) {
            if (!Files.exists(local(path))) {
                done.add(path);
            }
        }
        return done;
    }

    private void pull(Instant now) throws IOException {
        Set<String> present = new java.util.HashSet<>();
        for (RemoteShare.Entry file : remote.files("inbox")) {
            if (file.path().endsWith(".upload")) {
                continue; // another instance's upload (the upload page on a follower) not yet renamed
            }
            present.add(file.path());
            Seen before = copied.get(file.path());
            if (before != null && before.size() == file.size() && before.modified() == file.modified()) {
                continue;
            }
            Seen seen = settling.get(file.path());
            if (seen == null || seen.size() != file.size() || seen.modified() != file.modified()) {
                settling.put(file.path(), new Seen(file.size(), file.modified(), now));
                continue;
            }
            if (Duration.between(seen.first(), now).compareTo(settings.settle()) < 0) {
                continue;
            }
            Seen stuck = incomplete.get(file.path());
            if (stuck != null && stuck.size() == file.size() && stuck.modified() == file.modified()
                    && !longIncomplete(seen, now)) {
                continue;
            }
            Path staged = settings.share().resolve(".share-in").resolve(file.path());
            remote.download(file.path(), staged);
            if (!whole(staged) && !longIncomplete(seen, now)) {
                // Settled on the server but its zip not written to its end: a copy that paused (as for a local share).
                incomplete.put(file.path(), new Seen(file.size(), file.modified(), now));
                continue;
            }
            Files.createDirectories(local(file.path()).getParent());
            Files.move(staged, local(file.path()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            settling.remove(file.path());
            incomplete.remove(file.path());
            copied.put(file.path(), new Seen(file.size(), file.modified(), now));
            log.info("{}: copied from the share {} into the working inbox", file.path(), remote.address());
        }
        settling.keySet().retainAll(present);
        incomplete.keySet().retainAll(present);
        present.removeAll(copied.keySet());
        waiting = present.size();
    }

    /** An xlsx must have its zip written to its end, as the intake asks of a file in a local inbox. */
    private static boolean whole(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(name.endsWith(".xlsx") || name.endsWith(".xlsm")) || !CompleteZip.startsLikeZip(file)
                || CompleteZip.isComplete(file);
    }

    /** Incomplete for many settle times: damaged rather than still coming, and passed on to be answered so. */
    private boolean longIncomplete(Seen seen, Instant now) {
        return Duration.between(seen.first(), now).compareTo(settings.settle().multipliedBy(
                CompleteZip.INCOMPLETE_ZIP_FACTOR)) >= 0;
    }

    /** Files in the share's inbox not yet copied into the working inbox, at the last look. */
    public int waiting() {
        return waiting;
    }

    private void push() throws IOException {
        if (!uploadedKnown) {
            // After a start or an outage, what is on the share already (same size) is not sent again, and what
            // should be there and is nowhere is asked for again.
            Set<String> onShare = new java.util.HashSet<>();
            for (String folder : KEPT) {
                for (RemoteShare.Entry e : remote.files(folder)) {
                    onShare.add(e.path());
                    Path file = local(e.path());
                    if (Files.isRegularFile(file) && Files.size(file) == e.size()) {
                        uploaded.put(e.path(), new Seen(e.size(), Files.getLastModifiedTime(file).toMillis(), null));
                    }
                }
            }
            restore(onShare);
            uploadedKnown = true;
        }
        for (String folder : KEPT) {
            Path dir = settings.share().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
            }
            for (Path file : files) {
                String path = settings.share().relativize(file).toString().replace('\\', '/');
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                Seen put = uploaded.get(path);
                if (put != null && put.size() == size && put.modified() == modified) {
                    continue;
                }
                remote.upload(file, path);
                uploaded.put(path, new Seen(size, modified, null));
            }
        }
    }

    /**
     * What the share should hold but neither it nor this working copy does (written by an instance that died
     * before putting it on the share) is asked for again: a submission's feedback workbook, a month's outputs.
     */
    private void restore(Set<String> onShare) {
        Instant now = clock.instant();
        int feedback = 0;
        for (SubmissionStore.Answered a : store.answered()) {
            String path = a.feedbackPath().replace('\\', '/');
            if (!onShare.contains(path) && !Files.isRegularFile(local(path))) {
                queue.askAgain(WorkQueue.FEEDBACK, a.submissionId(), a.periodKey(), now);
                feedback++;
            }
        }
        int months = 0;
        for (FiscalPeriod period : store.periods()) {
            String path = "outputs/" + period.key() + "/" + MonthOutputs.consolidatedName(period.key());
            var accepted = store.forPeriod(period).stream().filter(s -> s.status() == SubmissionStatus.ACCEPTED)
                    .mapToLong(StoredSubmission::id).max();
            if (accepted.isPresent() && !onShare.contains(path) && !Files.isRegularFile(local(path))) {
                queue.askAgain(WorkQueue.OUTPUTS, accepted.getAsLong(), period.key(), now);
                months++;
            }
        }
        if (feedback + months > 0) {
            log.warn("Missing from the share {}: {} feedback workbooks and {} months' outputs; written again",
                    remote.address(), feedback, months);
        }
    }

    private void clear(Set<String> finished) throws IOException {
        for (String path : finished) {
            Seen was = copied.get(path);
            var now = remote.stat(path);
            if (now.isPresent() && now.get().size() == was.size() && now.get().modified() == was.modified()) {
                remote.delete(path);
                log.info("{}: handled and kept on the share; removed from the share's inbox", path);
            }
            copied.remove(path);
        }
    }

    /**
     * A file of the share in the working copy, fetched when this instance lacks it or the share has a newer one
     * (another instance wrote it): what a follower's web pages and a new leader's feedback read.
     */
    public Path fetched(String path) throws IOException {
        Path file = local(path);
        Seen put = uploaded.get(path);
        // Only while this instance leads (it put files on the share a moment ago): a former leader's copy may be old.
        Instant pushed = lastPush;
        boolean leading = pushed != null && Duration.between(pushed, clock.instant()).compareTo(LONGEST_WAIT) < 0;
        if (leading && put != null && Files.isRegularFile(file) && Files.size(file) == put.size()
                && Files.getLastModifiedTime(file).toMillis() == put.modified()) {
            return file; // this instance wrote it and put it on the share: no need to ask the share
        }
        var there = remote.stat(path);
        if (there.isPresent() && (!Files.isRegularFile(file)
                || there.get().modified() > Files.getLastModifiedTime(file).toMillis())) {
            remote.download(path, file);
        }
        return file;
    }

    private Path local(String path) {
        return settings.share().resolve(path);
    }
}

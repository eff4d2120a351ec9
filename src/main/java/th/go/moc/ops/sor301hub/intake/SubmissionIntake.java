package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.feedback.FeedbackFiles;
import th.go.moc.ops.sor301hub.files.SafeNames;
import th.go.moc.ops.sor301hub.ops.IntakeMetrics;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStatus;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.validation.Severity;

/**
 * What the intake route calls for each settled file: read and check it, record it, keep the original
 * (archive/ when accepted, rejected/ with a reason file when not). The route then removes it from the inbox.
 *
 * <p>The order is what makes a crash harmless: the kept file's name is reserved first, then the submission is
 * recorded together with the work owed for it (feedback, outputs), and only then is the original copied to its
 * kept place and, last, removed from the inbox. A crash before the record leaves the file in the inbox to be
 * read again; after it, the next look finds the record by the file's content and finishes keeping it. Nothing
 * is kept twice, nothing recorded without its feedback.
 *
 * <p>A file that fails in a way no check foresaw is rejected with a reason like any other, so that one file
 * never stops the intake; only the database being away makes a file wait to be tried again.
 */
@Component("submissionIntake")
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String REASON_SUFFIX = ".เหตุผล-reason.txt";

    private final HubSettings settings;
    private final SubmissionReader reader;
    private final UnitRegistry units;
    private final SubmissionStore store;
    private final History history;
    private final Clock clock;
    private final IntakeMetrics metrics;

    public SubmissionIntake(HubSettings settings, SubmissionReader reader, UnitRegistry units, SubmissionStore store,
                            History history, IntakeMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.settings = settings;
        this.reader = reader;
        this.units = units;
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The route hands over the inbox file (Camel turns its file message into a {@code File}). The file and its
     * folder go with every log line meanwhile (MDC "file", "folder": fields of the structured logs).
     */
    public Receipt receive(java.io.File inboxFile) throws IOException {
        Path file = inboxFile.toPath();
        String folder = InboxFiles.unitFolder(settings.inbox(), file);
        long started = System.nanoTime();
        try (MDC.MDCCloseable f = MDC.putCloseable("file", file.getFileName().toString());
             MDC.MDCCloseable u = MDC.putCloseable("folder", folder == null ? "" : folder)) {
            Receipt receipt = receive(file, folder);
            metrics.read(receipt.outcome(), java.time.Duration.ofNanos(System.nanoTime() - started));
            return receipt;
        } catch (StillBeingWrittenException e) {
            throw e; // not a failure: it is read once the copy is done
        } catch (IOException | RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    private Receipt receive(Path file, String folder) throws IOException {
        Instant now = clock.instant();
        String name = file.getFileName().toString();
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        String sha256 = size == 0 ? emptyFileIdentity(folder, name, modified) : SubmissionReader.sha256(file);
        Optional<StoredSubmission> earlier = store.findBySha256(sha256);
        if (earlier.isPresent()) {
            return receivedBefore(file, name, earlier.get(), now);
        }
        CheckedSubmission checked = check(file, name, folder, now, sha256, size);
        if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
            throw new StillBeingWrittenException(name);
        }
        try {
            return record(file, checked, folder, now);
        } catch (DataIntegrityViolationException e) {
            // Something in the file the store cannot hold and no check caught: rejected, not retried for ever.
            log.warn("{}: could not be recorded ({}); rejected", name, e.getMostSpecificCause().toString());
            return record(file, notProcessed(checked, folder, "the store refused it"), folder, now);
        }
    }

    private CheckedSubmission check(Path file, String name, String folder, Instant now, String sha256, long size) {
        if (size == 0) {
            return rejectedUnread(name, sha256, folder, Rules.emptyFile(name));
        }
        if (name.startsWith(".")) {
            return rejectedUnread(name, sha256, folder, Rules.hiddenFile(name));
        }
        try {
            return reader.read(file, name, folder, now, history, sha256);
        } catch (RuntimeException e) {
            log.warn("{}: checking failed unexpectedly; rejected", name, e);
            return rejectedUnread(name, sha256, folder, Rules.notProcessed(name, e.getClass().getSimpleName()));
        }
    }

    private Receipt record(Path file, CheckedSubmission checked, String folder, Instant now) throws IOException {
        String name = checked.fileName();
        Path dir = checked.accepted() ? settings.archive().resolve(Integer.toString(checked.period().fiscalYearBe()))
                .resolve("%02d".formatted(checked.period().calendarMonth())).resolve(checked.unit().id())
                : settings.rejected();
        Path kept = reserve(dir, keptName(now, name));
        StoredSubmission stored;
        try {
            stored = store.save(checked, folder, settings.share().relativize(kept).toString(),
                    settings.share().relativize(FeedbackFiles.target(settings.feedback(), checked, folder)).toString(),
                    now);
        } catch (RuntimeException e) {
            Files.deleteIfExists(kept);
            throw e;
        }
        keep(file, kept, checked.errors());
        log.info("{}: {} ({} lines, {} errors, {} warnings)", name, stored.status(), checked.lines().size(),
                checked.errors().size(), checked.warnings().size());
        return new Receipt(name, stored.unitId(), stored.period() == null ? null : stored.period().key(),
                stored.status().name(), stored.id());
    }

    /**
     * A file whose content was recorded before: either dropped again (only noted), or the same file after a
     * crash between recording it and keeping it, whose keeping is finished now.
     */
    private Receipt receivedBefore(Path file, String name, StoredSubmission e, Instant now) throws IOException {
        String periodKey = e.period() == null ? null : e.period().key();
        Path kept = settings.share().resolve(e.storedPath());
        if (isCopyOf(kept, file, e.sha256())) {
            store.audit(now, "DUPLICATE", e.id(), e.unitId(), periodKey, name,
                    "same content as " + e.fileName() + " received " + e.receivedAt());
            log.info("{}: identical to submission {} ({}), not processed again", name, e.id(), e.fileName());
            return new Receipt(name, e.unitId(), periodKey, "DUPLICATE", e.id());
        }
        List<Problem> errors = e.status() == SubmissionStatus.REJECTED ? store.problems(e.id(), e.fileName()).stream()
                .filter(p -> p.severity() == Severity.ERROR).toList() : List.of();
        keep(file, kept, errors);
        log.info("{}: recorded before the service stopped; its original is kept now", name);
        return new Receipt(name, e.unitId(), periodKey, e.status().name(), e.id());
    }

    /** "<arrival time>_<name>", shortened if the file system would refuse it. */
    static String keptName(Instant arrived, String name) {
        return SafeNames.fit(STAMP.format(arrived.atZone(ZoneId.systemDefault())) + "_" + name, SafeNames.KEPT_NAME_BYTES);
    }

    /** Takes a name in the folder that no other file has: an empty file, filled once the submission is recorded. */
    private static Path reserve(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; ; i++) {
            Path target = dir.resolve(i == 1 ? name : i + "_" + name);
            try {
                return Files.createFile(target);
            } catch (FileAlreadyExistsException taken) {
                // another file of that name arrived in the same second: the next number
            }
        }
    }

    /** Copies the original to its reserved place (whole or not at all), with the reason file when rejected. */
    private static void keep(Path file, Path kept, List<Problem> errors) throws IOException {
        Files.createDirectories(kept.getParent());
        Path partial = kept.resolveSibling("." + kept.getFileName() + ".tmp");
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (!errors.isEmpty()) {
            Path reason = kept.resolveSibling(kept.getFileName() + REASON_SUFFIX);
            Files.writeString(reason, reasons(file.getFileName().toString(), errors), StandardCharsets.UTF_8);
        }
    }

    private static boolean isCopyOf(Path kept, Path file, String sha256) throws IOException {
        return Files.isRegularFile(kept) && Files.size(kept) == Files.size(file)
                && (Files.size(file) == 0 || SubmissionReader.sha256(kept).equals(sha256));
    }

    private CheckedSubmission rejectedUnread(String name, String sha256, String folder, Problem problem) {
        return new CheckedSubmission(name, sha256, null, null, 0,
                folder == null ? null : units.find(folder).orElse(null), null, List.of(), List.of(),
                List.of(problem));
    }

    private CheckedSubmission notProcessed(CheckedSubmission checked, String folder, String what) {
        return rejectedUnread(checked.fileName(), checked.sha256(), folder, Rules.notProcessed(checked.fileName(), what));
    }

    /**
     * An empty file has no content to recognise it by: each one is its own record (the store keys submissions
     * by their content's SHA-256), named by where it is and when it was written, so that the same empty file
     * found again after a restart is still the same.
     */
    private static String emptyFileIdentity(String folder, String name, FileTime modified) {
        return SubmissionReader.sha256Of(("empty file " + folder + "/" + name + " " + modified.toMillis())
                .getBytes(StandardCharsets.UTF_8));
    }

    static String reasons(String fileName, List<Problem> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append("ไฟล์ ").append(fileName).append(" ไม่ได้รับการบันทึก เพราะ:\n")
                .append("The file ").append(fileName).append(" was not accepted because:\n\n");
        for (Problem p : errors) {
            sb.append(p.describe()).append("\n\n");
        }
        sb.append("กรุณาแก้ไขแล้วส่งไฟล์ใหม่ไปที่โฟลเดอร์เดิม / Please correct it and send it again to the same folder.\n");
        return sb.toString();
    }
}

package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.Components;
import th.go.moc.ops.sor301hub.HubSettings;
import th.go.moc.ops.sor301hub.feedback.Change;
import th.go.moc.ops.sor301hub.feedback.FeedbackFiles;
import th.go.moc.ops.sor301hub.feedback.VersionDiff;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.validation.Problem;

/**
 * What the intake route calls for each settled file: read and check it, keep the original (archive
 * when accepted, rejected/ with a reason file when not) and record it. The route then removes it from
 * the inbox and passes the receipt's {@link FeedbackJob} on: the unit's workbook with the problems
 * marked is written apart, by {@link FeedbackWriter}. An identical file received before is recognised
 * by its content and only noted.
 */
@Component("submissionIntake")
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final HubSettings settings;
    private final Components components;
    private final SubmissionStore store;
    private final History history;
    private final Clock clock;
    private final FolderTurns turns;

    public SubmissionIntake(HubSettings settings, Components components, SubmissionStore store, History history,
                            Clock clock, FolderTurns turns) {
        this.settings = settings;
        this.components = components;
        this.store = store;
        this.history = history;
        this.clock = clock;
        this.turns = turns;
    }

    /**
     * The route hands over the inbox file (Camel turns its file message into a {@code File}) and the
     * file's turn in its folder: it waits for the folder's earlier files, however long they take.
     */
    public Receipt receive(java.io.File inboxFile, long turn) throws IOException, InterruptedException {
        turns.await(inboxFile, turn);
        try {
            return receive(inboxFile);
        } finally {
            turns.done(inboxFile);
        }
    }

    Receipt receive(java.io.File inboxFile) throws IOException {
        Path file = inboxFile.toPath();
        Instant now = clock.instant();
        String name = file.getFileName().toString();
        String folder = InboxFiles.unitFolder(settings.inbox(), file);
        String sha256 = SubmissionReader.sha256(file);
        Optional<StoredSubmission> earlier = store.findBySha256(sha256);
        if (earlier.isPresent()) {
            StoredSubmission e = earlier.get();
            store.audit(now, "DUPLICATE", e.id(), e.unitId(), e.period() == null ? null : e.period().key(), name,
                    "same content as " + e.fileName() + " received " + e.receivedAt());
            log.info("{}: identical to submission {} ({}), not processed again", name, e.id(), e.fileName());
            return new Receipt(name, e.unitId(), e.period() == null ? null : e.period().key(), "DUPLICATE", e.id(), null,
                    System.nanoTime());
        }
        CheckedSubmission checked = components.reader().read(file, name, folder, now, history, sha256);
        List<Change> changes = changesFromPreviousVersion(checked);
        String stamp = STAMP.format(now.atZone(ZoneId.systemDefault()));
        Path kept;
        if (checked.accepted()) {
            Path dir = settings.archive().resolve(Integer.toString(checked.period().fiscalYearBe()))
                    .resolve("%02d".formatted(checked.period().calendarMonth())).resolve(checked.unit().id());
            kept = keep(file, dir, stamp + "_" + name);
        } else {
            kept = keep(file, settings.rejected(), stamp + "_" + name);
            Files.writeString(kept.resolveSibling(kept.getFileName() + ".เหตุผล-reason.txt"), reasons(checked),
                    StandardCharsets.UTF_8);
        }
        Path feedback = FeedbackFiles.target(settings.feedback(), checked, folder);
        StoredSubmission stored = store.save(checked, folder, settings.share().relativize(kept).toString(),
                settings.share().relativize(feedback).toString(), now);
        log.info("{}: {} ({} lines, {} errors, {} warnings)", name, stored.status(), checked.lines().size(),
                checked.errors().size(), checked.warnings().size());
        return new Receipt(name, stored.unitId(), stored.period() == null ? null : stored.period().key(),
                stored.status().name(), stored.id(), new FeedbackJob(stored.id(), kept, checked.withoutLines(), changes,
                folder), System.nanoTime());
    }

    /** The differences from the unit's latest earlier file for the month; none for a first version. */
    private List<Change> changesFromPreviousVersion(CheckedSubmission checked) {
        if (checked.unit() == null || checked.period() == null) {
            return List.of();
        }
        return store.latest(checked.unit().id(), checked.period())
                .map(previous -> VersionDiff.between(store.lines(previous.id()), checked.lines())).orElse(List.of());
    }

    /** Copies the original; an existing file of the same name is never overwritten. */
    private static Path keep(Path file, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(i + "_" + name);
        }
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        return target;
    }

    private static String reasons(CheckedSubmission s) {
        StringBuilder sb = new StringBuilder();
        sb.append("ไฟล์ ").append(s.fileName()).append(" ไม่ได้รับการบันทึก เพราะ:\n")
                .append("The file ").append(s.fileName()).append(" was not accepted because:\n\n");
        for (Problem p : s.errors()) {
            sb.append(p.describe()).append("\n\n");
        }
        sb.append("กรุณาแก้ไขแล้วส่งไฟล์ใหม่ไปที่โฟลเดอร์เดิม / Please correct it and send it again to the same folder.\n");
        return sb.toString();
    }
}

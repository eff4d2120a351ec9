package th.go.moc.ops.sor301hub.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.access.Viewer;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.files.SafeNames;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.share.ShareAccess;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.workbook.Workbooks;

/**
 * What the API and the upload page do with a workbook someone sends: check it without keeping it, or submit it
 * through the unit's inbox folder, so that the intake keeps, checks, archives and answers it as it does a
 * dropped file. Also who may act for which unit.
 */
@Component
public class Uploads {

    /** How long a submission is waited for before answering that it is still being checked. */
    static final Duration SUBMIT_WAIT = Duration.ofSeconds(90);

    private final SubmissionReader reader;
    private final UnitRegistry units;
    private final SubmissionStore store;
    private final History history;
    private final HubSettings settings;
    private final ShareAccess shares;
    private final Clock clock;

    Uploads(SubmissionReader reader, UnitRegistry units, SubmissionStore store, History history, HubSettings settings,
            ShareAccess shares, Clock clock) {
        this.shares = shares;
        this.reader = reader;
        this.units = units;
        this.store = store;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What became of a submission: the stored one (a duplicate's is the first one's), or null while the intake
     * still has the file.
     */
    public record Submitted(StoredSubmission submission, boolean duplicate) {
    }

    /** The file checked as the intake would, for {@code unit} (null: as the file says); nothing kept. */
    public CheckedSubmission check(MultipartFile file, Unit unit) throws IOException {
        Path work = Files.createTempDirectory("sor301-check");
        try {
            Path copy = upload(file, work);
            return reader.read(copy, fileName(file), unit == null ? null : unit.id(), clock.instant(), history);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The file put in the unit's inbox folder whole, and waited for until the intake has kept it. */
    public Submitted submit(MultipartFile file, Unit unit) throws IOException, InterruptedException {
        Path staging = Files.createDirectories(settings.share().resolve(".api-upload"));
        Path work = Files.createTempDirectory(staging, "upload");
        try {
            Path copy = upload(file, work);
            String sha256 = SubmissionReader.sha256(copy);
            Optional<StoredSubmission> before = store.findBySha256(sha256);
            // Whole or not at all: the inbox never sees a half-written file.
            String target = shares.dropInInbox(copy, unit.id(), SafeNames.fit(fileName(file), SafeNames.KEPT_NAME_BYTES));
            Instant until = clock.instant().plus(SUBMIT_WAIT);
            while (shares.exists(target) && clock.instant().isBefore(until)) {
                Thread.sleep(200);
            }
            Optional<StoredSubmission> kept = before.isPresent() ? before : store.findBySha256(sha256);
            return new Submitted(shares.exists(target) ? null : kept.orElse(null), before.isPresent());
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The unit the caller acts for: a UNIT account's own (the only one it may name), or the one staff name. */
    public Unit actingUnit(Authentication auth, String asked) {
        if (auth.getAuthorities().stream().anyMatch(a -> Role.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))) {
            throw new ApiError(HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                    "กรุณาเข้าสู่ระบบทางหน้าเว็บและตั้งรหัสผ่านของตนเองก่อน",
                    "Sign in on the web page and set your own password first.");
        }
        Viewer viewer = Viewer.of(auth);
        if (asked == null || asked.isBlank()) {
            if (viewer.units().size() == 1 && !viewer.staff()) {
                return units.byId(viewer.units().get(0)).orElse(null);
            }
            return null;
        }
        Unit unit = units.byId(asked).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "UNIT_UNKNOWN",
                "ไม่มีหน่วยงานรหัส " + asked, "There is no unit with the id " + asked + "."));
        if (!viewer.canSeeUnit(unit.id())) {
            throw new ApiError(HttpStatus.FORBIDDEN, "NOT_YOUR_UNIT", "บัญชีนี้ทำรายการแทนหน่วยงาน " + unit.name() + " ไม่ได้",
                    "This account cannot act for " + unit.englishName() + ".");
        }
        return unit;
    }

    /** The upload kept in {@code work}, refused when it is empty or is not a workbook at all. */
    private static Path upload(MultipartFile file, Path work) throws IOException {
        if (file.isEmpty()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "EMPTY_FILE", "ไฟล์ว่างเปล่า", "The file is empty.");
        }
        Path copy = work.resolve("upload" + extension(fileName(file)));
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy);
        }
        if (!Workbooks.mayBeAWorkbook(copy)) {
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "NOT_A_WORKBOOK",
                    "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx หรือ .xls)", "This file is not an Excel workbook (.xlsx or .xls).");
        }
        return copy;
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "workbook.xlsx";
        }
        // A browser may send a full path ("C:\\fakepath\\…"): the name is what follows the last separator.
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

}

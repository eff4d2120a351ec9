package th.go.moc.ops.sor301hub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.access.Viewer;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.files.SafeNames;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.workbook.Workbooks;

/**
 * The API the Excel add-in and the upload page use: check a workbook without keeping it, submit one (it goes
 * through the same inbox, intake, archive and feedback as a dropped file), and a unit's status for a month.
 * A UNIT account acts for its own unit only; staff for any.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SOR-301", description = "ตรวจ ส่ง และดูสถานะแบบรายงาน / check, submit and follow a unit's workbook")
class ApiController {

    /** How long a submission is waited for before answering 202 with where to look. */
    static final Duration SUBMIT_WAIT = Duration.ofSeconds(90);

    private final SubmissionReader reader;
    private final UnitRegistry units;
    private final SubmissionStore store;
    private final History history;
    private final HubSettings settings;
    private final Clock clock;

    ApiController(SubmissionReader reader, UnitRegistry units, SubmissionStore store, History history, HubSettings settings,
                  Clock clock) {
        this.reader = reader;
        this.units = units;
        this.store = store;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = "ตรวจแบบรายงานโดยไม่บันทึก / Check a workbook, keeping nothing",
            description = "The problems the feedback workbook would list: sheet, cell, rule, severity, Thai and English.")
    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> check(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String unit,
                              Authentication auth) throws IOException {
        Unit acting = actingUnit(auth, unit);
        Path work = Files.createTempDirectory("sor301-check");
        try {
            Path copy = upload(file, work);
            CheckedSubmission s = reader.read(copy, fileName(file), acting == null ? null : acting.id(), clock.instant(),
                    history);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", s.fileName());
            out.put("unit", s.unit() == null ? null : s.unit().id());
            out.put("period", s.period() == null ? null : s.period().key());
            out.put("layout", s.layoutId());
            out.put("layoutScore", s.layoutScore());
            out.put("accepted", s.accepted());
            out.put("lines", s.lines().size());
            out.put("problems", s.problems().stream().map(ApiController::problem).toList());
            return out;
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Operation(summary = "ส่งแบบรายงาน / Submit a workbook",
            description = "Kept and checked exactly as a file dropped in the unit's inbox folder; answers with the receipt "
                    + "once the intake has it (201), or 202 with the status address while it settles.")
    @PostMapping(path = "/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> submit(@RequestPart("file") MultipartFile file,
                                               @RequestParam(required = false) String unit, Authentication auth)
            throws IOException, InterruptedException {
        Unit acting = actingUnit(auth, unit);
        if (acting == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "UNIT_MISSING", "กรุณาระบุหน่วยงาน (unit=รหัสหน่วยงาน)",
                    "Say which unit the file is for (unit=its id).");
        }
        Path staging = Files.createDirectories(settings.share().resolve(".api-upload"));
        Path work = Files.createTempDirectory(staging, "upload");
        Instant asked = clock.instant();
        try {
            Path copy = upload(file, work);
            String sha256 = SubmissionReader.sha256(copy);
            Optional<StoredSubmission> before = store.findBySha256(sha256);
            Path folder = Files.createDirectories(settings.inbox().resolve(acting.id()));
            Path target = freeName(folder, SafeNames.fit(fileName(file), SafeNames.KEPT_NAME_BYTES));
            // Whole or not at all: the inbox never sees a half-written file.
            Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
            Instant until = asked.plus(SUBMIT_WAIT);
            while (Files.exists(target) && clock.instant().isBefore(until)) {
                Thread.sleep(200);
            }
            Optional<StoredSubmission> kept = before.isPresent() ? before : store.findBySha256(sha256);
            if (Files.exists(target) || kept.isEmpty()) {
                return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "RECEIVED",
                        "statusUrl", "/api/v1/units/" + acting.id() + "/months/{period}",
                        "th", "ได้รับไฟล์แล้ว กำลังตรวจ", "en", "Received; being checked."));
            }
            Map<String, Object> receipt = submission(kept.get());
            receipt.put("duplicate", before.isPresent());
            return ResponseEntity.status(before.isPresent() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Operation(summary = "สถานะของหน่วยงานในเดือน / A unit's status for a month",
            description = "The latest version, its status and its problems; 'NONE' when nothing was sent.")
    @GetMapping("/units/{unit}/months/{period}")
    Map<String, Object> status(@PathVariable String unit, @PathVariable String period, Authentication auth) {
        Unit u = actingUnit(auth, unit);
        FiscalPeriod p;
        try {
            p = FiscalPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "PERIOD_INVALID", "อ่านเดือนไม่ได้ ใช้รูปแบบ 2569-05",
                    "The month cannot be read; write it as 2569-05.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", u.id());
        out.put("period", p.key());
        List<StoredSubmission> versions = store.versions(u.id(), p);
        out.put("versions", versions.size());
        out.put("latest", versions.isEmpty() ? null : submission(versions.get(0)));
        out.put("status", versions.isEmpty() ? "NONE" : versions.get(0).status().name());
        return out;
    }

    /** The unit the caller acts for: a UNIT account's own (the only one it may name), or the one staff name. */
    private Unit actingUnit(Authentication auth, String asked) {
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

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "workbook.xlsx";
        }
        // A browser may send a full path ("C:\\fakepath\\…"): the name is what follows the last separator.
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** {@code name}, or "name (2).xlsx" when a file of that name waits in the inbox already. */
    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(dot > 0 ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot)
                    : name + " (" + i + ")");
        }
        return target;
    }

    private Map<String, Object> submission(StoredSubmission s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("file", s.fileName());
        out.put("unit", s.unitId());
        out.put("period", s.period() == null ? null : s.period().key());
        out.put("version", s.version());
        out.put("status", s.status().name());
        out.put("receivedAt", s.receivedAt().toString());
        out.put("layout", s.layoutId());
        out.put("problems", store.problems(s.id(), s.fileName()).stream().map(ApiController::problem).toList());
        return out;
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sheet", p.sheet());
        out.put("cell", p.cell());
        out.put("rule", p.rule());
        out.put("severity", p.severity().name());
        out.put("forInformation", p.forInformation());
        out.put("th", p.message().th());
        out.put("en", p.message().en());
        out.put("found", p.found());
        out.put("expected", p.expected());
        return out;
    }
}

package th.go.moc.ops.sor301hub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.Problem;

/**
 * The API the Excel add-in and the upload page use: check a workbook without keeping it, submit one (it goes
 * through the same inbox, intake, archive and feedback as a dropped file), and a unit's status for a month.
 * A UNIT account acts for its own unit only; staff for any.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SOR-301", description = "ตรวจ ส่ง และดูสถานะแบบรายงาน / check, submit and follow a unit's workbook")
class ApiController {

    private final Uploads uploads;
    private final SubmissionStore store;

    ApiController(Uploads uploads, SubmissionStore store) {
        this.uploads = uploads;
        this.store = store;
    }

    @Operation(summary = "ตรวจแบบรายงานโดยไม่บันทึก / Check a workbook, keeping nothing",
            description = "The problems the feedback workbook would list: sheet, cell, rule, severity, Thai and English.")
    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> check(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String unit,
                              Authentication auth) throws IOException {
        CheckedSubmission s = uploads.check(file, uploads.actingUnit(auth, unit));
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
    }

    @Operation(summary = "ส่งแบบรายงาน / Submit a workbook",
            description = "Kept and checked exactly as a file dropped in the unit's inbox folder; answers with the receipt "
                    + "once the intake has it (201; 200 for a file sent before), or 202 while it settles.")
    @PostMapping(path = "/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> submit(@RequestPart("file") MultipartFile file,
                                               @RequestParam(required = false) String unit, Authentication auth)
            throws IOException, InterruptedException {
        Unit acting = uploads.actingUnit(auth, unit);
        if (acting == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "UNIT_MISSING", "กรุณาระบุหน่วยงาน (unit=รหัสหน่วยงาน)",
                    "Say which unit the file is for (unit=its id).");
        }
        Uploads.Submitted submitted = uploads.submit(file, acting);
        if (submitted.submission() == null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "RECEIVED",
                    "statusUrl", "/api/v1/units/" + acting.id() + "/months/{period}",
                    "th", "ได้รับไฟล์แล้ว กำลังตรวจ", "en", "Received; being checked."));
        }
        Map<String, Object> receipt = submission(submitted.submission());
        receipt.put("duplicate", submitted.duplicate());
        return ResponseEntity.status(submitted.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    @Operation(summary = "สถานะของหน่วยงานในเดือน / A unit's status for a month",
            description = "The latest version, its status and its problems; 'NONE' when nothing was sent.")
    @GetMapping("/units/{unit}/months/{period}")
    Map<String, Object> status(@PathVariable String unit, @PathVariable String period, Authentication auth) {
        Unit u = uploads.actingUnit(auth, unit);
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

package th.go.moc.ops.sor301hub.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import th.go.moc.ops.sor301hub.access.Viewer;
import th.go.moc.ops.sor301hub.api.ApiError;
import th.go.moc.ops.sor301hub.api.Uploads;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.feedback.RowLabels;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Severity;

/**
 * The upload page, for units without the add-in: choose or drop a workbook, see the problems the service
 * finds in it (nothing kept), and send it, through the same intake as a file dropped on the share.
 */
@Controller
class UploadController {

    static final String VIEW = "upload";

    private final Uploads uploads;
    private final UnitRegistry units;

    UploadController(Uploads uploads, UnitRegistry units) {
        this.uploads = uploads;
        this.units = units;
    }

    @GetMapping("/upload")
    String page(@RequestParam(required = false) String unit, Authentication auth, Model model) {
        return form(auth, unit, model);
    }

    @PostMapping("/upload/check")
    String check(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String unit,
                 Authentication auth, Model model, Locale locale) throws IOException {
        try {
            CheckedSubmission s = uploads.check(file, uploads.actingUnit(auth, unit));
            model.addAttribute("checked", s);
            List<Problem> problems = s.problems().stream().sorted(Problem.BY_URGENCY).toList();
            model.addAttribute("errors", problems.stream().filter(p -> p.severity() == Severity.ERROR).toList());
            model.addAttribute("warnings", problems.stream().filter(p -> p.severity() != Severity.ERROR).toList());
            model.addAttribute("labels", new RowLabels(s.lines(), s.budget()));
            model.addAttribute("fileName", s.fileName());
        } catch (ApiError e) {
            model.addAttribute("refusal", "th".equals(locale.getLanguage()) ? e.thai() : e.english());
        }
        return form(auth, unit, model);
    }

    @PostMapping("/upload/submit")
    String submit(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String unit,
                  Authentication auth, Model model, Locale locale) throws IOException, InterruptedException {
        try {
            Unit acting = uploads.actingUnit(auth, unit);
            if (acting == null) {
                throw new ApiError(org.springframework.http.HttpStatus.BAD_REQUEST, "UNIT_MISSING",
                        "กรุณาเลือกหน่วยงาน", "Choose the unit the file is for.");
            }
            Uploads.Submitted submitted = uploads.submit(file, acting);
            model.addAttribute("submitted", submitted);
            model.addAttribute("submittedUnit", acting);
        } catch (ApiError e) {
            model.addAttribute("refusal", "th".equals(locale.getLanguage()) ? e.thai() : e.english());
        }
        return form(auth, unit, model);
    }

    /** The page: the units this account may send for (one for a unit's account, any for staff). */
    private String form(Authentication auth, String unit, Model model) {
        Viewer viewer = Viewer.of(auth);
        List<Unit> mine = viewer.staff() ? units.all() : viewer.units().stream()
                .map(id -> units.byId(id).orElse(null)).filter(java.util.Objects::nonNull).toList();
        model.addAttribute("choices", mine);
        model.addAttribute("selected", unit != null ? unit : mine.size() == 1 ? mine.get(0).id() : null);
        return VIEW;
    }
}

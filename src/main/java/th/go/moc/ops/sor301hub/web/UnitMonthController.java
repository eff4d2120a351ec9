package th.go.moc.ops.sor301hub.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import th.go.moc.ops.sor301hub.feedback.Change;
import th.go.moc.ops.sor301hub.feedback.RowLabels;
import th.go.moc.ops.sor301hub.feedback.VersionDiff;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.share.ShareAccess;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.AuditLog;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Severity;

/** A unit's month: every version received, the latest one's problems, its feedback file, what changed. */
@Controller
class UnitMonthController {

    static final String VIEW = "months/unit";

    private final Components components;
    private final SubmissionStore store;
    private final AuditLog audit;
    private final Clock clock;

    private final ShareAccess shares;

    UnitMonthController(Components components, SubmissionStore store, AuditLog audit,
                        ShareAccess shares, Clock clock) {
        this.shares = shares;
        this.components = components;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/months/{period}/units/{unitId}")
    String unitMonth(@PathVariable String period, @PathVariable String unitId, Model model) throws java.io.IOException {
        FiscalPeriod p = MonthController.parse(period);
        Unit unit = components.units().byId(unitId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such unit: " + unitId));
        List<StoredSubmission> versions = store.versions(unitId, p);
        model.addAttribute("period", p);
        model.addAttribute("unit", unit);
        model.addAttribute("versions", versions);
        model.addAttribute("periods", MonthController.periodsAround(p));
        if (!versions.isEmpty()) {
            StoredSubmission latest = versions.get(0);
            // Errors, then warnings to check, then what is only for information.
            List<Problem> problems = store.problems(latest.id(), latest.fileName()).stream()
                    .sorted(Problem.BY_URGENCY).toList();
            model.addAttribute("labels", new RowLabels(store.lines(latest.id()), store.budget(latest.id())));
            model.addAttribute("latest", latest);
            model.addAttribute("errors", problems.stream().filter(x -> x.severity() == Severity.ERROR).toList());
            model.addAttribute("warnings", problems.stream().filter(x -> x.severity() == Severity.WARNING).toList());
            model.addAttribute("feedback", latest.feedbackPath() != null && shares.available(latest.feedbackPath()));
            List<Change> changes = versions.size() < 2 ? List.of()
                    : VersionDiff.between(store.lines(versions.get(1).id()), store.lines(latest.id()));
            model.addAttribute("changes", changes);
        }
        return VIEW;
    }

    @GetMapping("/months/{period}/units/{unitId}/feedback")
    ResponseEntity<Resource> feedback(@PathVariable String period, @PathVariable String unitId, Authentication auth)
            throws java.io.IOException {
        FiscalPeriod p = MonthController.parse(period);
        List<StoredSubmission> versions = store.versions(unitId, p);
        Path file = versions.isEmpty() || versions.get(0).feedbackPath() == null ? null : feedbackFile(versions.get(0));
        if (file == null || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        String name = file.getFileName().toString();
        audit.record(clock.instant(), "DOWNLOAD", auth.getName(), unitId, p.key(), name, "feedback");
        return Downloads.of(file, name);
    }

    /** Where the intake wrote the feedback for a received file (a later file of the same name replaces it). */
    private Path feedbackFile(StoredSubmission s) throws java.io.IOException {
        return shares.read(s.feedbackPath());
    }
}

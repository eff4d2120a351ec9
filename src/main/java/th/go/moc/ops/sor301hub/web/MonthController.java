package th.go.moc.ops.sor301hub.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import th.go.moc.ops.sor301hub.access.Viewer;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.share.ShareAccess;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.AuditLog;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;

/** The month page: who has submitted, who is late, and the month's outputs to download. */
@Controller
class MonthController {

    static final String VIEW = "months/month";

    private final HubSettings settings;
    private final Components components;
    private final SubmissionStore store;
    private final AuditLog audit;
    private final Clock clock;

    private final ShareAccess shares;

    MonthController(HubSettings settings, Components components, SubmissionStore store, AuditLog audit,
                    ShareAccess shares, Clock clock) {
        this.shares = shares;
        this.settings = settings;
        this.components = components;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The month's public summary for the OPS website (step 8 of the manual): headline figures, spending,
     * indicators below target, and the units' words only where they marked them for publication.
     */
    @GetMapping(value = "/public/months/{period}", produces = "text/html;charset=UTF-8")
    ResponseEntity<Resource> publicSummary(@PathVariable String period) throws IOException {
        FiscalPeriod p = parse(period);
        Path file = shares.read(outputPath(p, MonthOutputs.publicName(p.key(), "html")));
        return Files.isRegularFile(file) ? ResponseEntity.ok().body(new FileSystemResource(file))
                : ResponseEntity.notFound().build();
    }

    /**
     * The newest month that has submissions, or else the month just ended: the month page, or for a unit's
     * account its own unit's page of that month.
     */
    @GetMapping("/")
    String home(Authentication auth) {
        List<FiscalPeriod> periods = store.periods();
        FiscalPeriod period = periods.isEmpty()
                ? FiscalPeriod.of(LocalDate.now(clock.withZone(DisplayDates.BANGKOK))).previous() : periods.get(0);
        Viewer viewer = Viewer.of(auth);
        if (!viewer.canSeeMonth()) {
            if (viewer.units().isEmpty()) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "no role");
            }
            return "redirect:/months/" + period.key() + "/units/" + viewer.units().get(0);
        }
        return "redirect:/months/" + period.key();
    }

    /** The filters of the month page, in the order they are offered. */
    static final List<String> FILTERS = List.of("all", "overdue", "missing", "rejected", "late", "accepted");

    @GetMapping("/months/{period}")
    String month(@PathVariable String period, @RequestParam(defaultValue = "all") String show, Authentication auth,
                 Model model) throws IOException {
        FiscalPeriod p = parse(period);
        String filter = FILTERS.contains(show) ? show : "all";
        List<StoredSubmission> received = store.forPeriod(p);
        List<UnitStatus> units = MonthStatus.of(components.units(), p, received, clock.instant(), settings.deadlineDay());
        model.addAttribute("period", p);
        model.addAttribute("periods", periodsAround(p));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", FILTERS);
        model.addAttribute("counts", FILTERS.stream().collect(java.util.stream.Collectors.toMap(f -> f,
                f -> units.stream().filter(u -> u.shownBy(f)).count())));
        // Who needs chasing first; the registry's order (central divisions, then provinces) within each.
        model.addAttribute("units", units.stream().filter(u -> u.shownBy(filter))
                .sorted(java.util.Comparator.comparingInt(UnitStatus::urgency)).toList());
        model.addAttribute("accepted", units.stream().filter(u -> u.state().equals("ACCEPTED")).count());
        model.addAttribute("rejected", units.stream().filter(u -> u.state().equals("REJECTED")).count());
        model.addAttribute("missing", units.stream().filter(u -> u.state().equals("NONE")).count());
        model.addAttribute("overdue", units.stream().filter(UnitStatus::overdue).count());
        model.addAttribute("deadline", p.deadline(settings.deadlineDay()));
        model.addAttribute("outputs", outputs(p).stream().filter(n -> Viewer.of(auth).staff() || forViewers(n)).toList());
        model.addAttribute("unidentified", store.withoutPeriod());
        return VIEW;
    }

    @GetMapping("/months/{period}/outputs/{name}")
    ResponseEntity<Resource> download(@PathVariable String period, @PathVariable String name, Authentication auth)
            throws IOException {
        FiscalPeriod p = parse(period);
        // Only the month's own output files: a name is never turned into a path as given.
        if (!outputNames(p).contains(name)) {
            return ResponseEntity.notFound().build();
        }
        Path file = shares.read(outputPath(p, name));
        if (!Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        audit.record(clock.instant(), "DOWNLOAD", auth.getName(), null, p.key(), name, null);
        return Downloads.of(file, name);
    }

    /** The month's files a VIEWER may take: the summaries, not the unit-by-unit workbooks. */
    static boolean forViewers(String outputName) {
        return outputName.startsWith("Summary_") || outputName.startsWith("Public_");
    }

    static FiscalPeriod parse(String period) {
        try {
            return FiscalPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such month: " + period);
        }
    }

    /** The outputs that exist for the month, in the order people want them. */
    private List<String> outputs(FiscalPeriod p) throws IOException {
        List<String> present = new java.util.ArrayList<>();
        for (String name : outputNames(p)) {
            if (shares.available(outputPath(p, name))) {
                present.add(name);
            }
        }
        return present;
    }

    /** A month's output file, relative to the share. */
    private static String outputPath(FiscalPeriod p, String name) {
        return "outputs/" + p.key() + "/" + name;
    }

    private static List<String> outputNames(FiscalPeriod p) {
        return List.of(MonthOutputs.consolidatedName(p.key()), MonthOutputs.evmisName(p.key(), "xlsx"),
                MonthOutputs.evmisName(p.key(), "csv"), MonthOutputs.summaryName(p.key(), "pdf"),
                MonthOutputs.summaryName(p.key(), "html"), MonthOutputs.publicName(p.key(), "pdf"),
                MonthOutputs.publicName(p.key(), "html"));
    }

    /** The months of the period's fiscal year, for the month picker. */
    static List<FiscalPeriod> periodsAround(FiscalPeriod p) {
        List<FiscalPeriod> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new FiscalPeriod(p.fiscalYearBe(), m));
        }
        return months;
    }
}

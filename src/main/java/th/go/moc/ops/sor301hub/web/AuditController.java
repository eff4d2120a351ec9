package th.go.moc.ops.sor301hub.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.store.AuditEvent;
import th.go.moc.ops.sor301hub.store.AuditLog;
import th.go.moc.ops.sor301hub.store.AuditQuery;

/** The audit trail for M&E staff and administrators: who sent, downloaded or changed what, and when. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final Components components;

    AuditController(AuditLog audit, Components components) {
        this.audit = audit;
        this.components = components;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
                 @RequestParam(required = false) String event, @RequestParam(required = false) String actor,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(unit, month, event, actor, Math.max(0, page));
        List<AuditEvent> found = audit.search(query);
        model.addAttribute("query", query);
        model.addAttribute("events", found.stream().limit(AuditQuery.PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > AuditQuery.PAGE_SIZE);
        model.addAttribute("kinds", AuditLog.KINDS);
        model.addAttribute("units", components.units().all());
        return "audit";
    }
}

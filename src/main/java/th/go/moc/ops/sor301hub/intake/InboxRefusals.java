package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.store.AuditLog;

/**
 * What leaves the inbox without being read, always with a reason file in rejected/: a symbolic link (never
 * followed: it could point anywhere on the server), and a file that failed again and again for reasons of its
 * own. Nothing stays in the inbox without an answer.
 */
@Component
public class InboxRefusals {

    private static final Logger log = LoggerFactory.getLogger(InboxRefusals.class);

    private final HubSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    public InboxRefusals(HubSettings settings, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Removes a link from the inbox (its target is not touched) and says why. */
    public void refuseLink(Path link) {
        String name = link.getFileName().toString();
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        try {
            writeReason(name, """
                    %s เป็นทางลัด (symbolic link) ไปยัง %s ระบบไม่เปิดทางลัดเพื่อความปลอดภัย จึงนำทางลัดออกจากโฟลเดอร์รับไฟล์ (ไฟล์ปลายทางไม่ถูกแตะต้อง) กรุณาคัดลอกตัวไฟล์จริงมาวางแทน
                    %s is a symbolic link to %s. Links are never followed, for safety, so it was removed from the inbox (what it points to was not touched). Please copy the file itself instead.
                    """.formatted(name, target, name, target));
            Files.deleteIfExists(link);
            record("LINK_REFUSED", link, "link to " + target);
            log.warn("{}: a symbolic link to {}, not followed; removed from the inbox", link, target);
        } catch (IOException e) {
            log.error("{}: a symbolic link that could not be removed from the inbox", link, e);
        }
    }

    /** Moves a file that failed {@link InboxLock#ATTEMPTS} times to rejected/, with what went wrong. */
    public void giveUp(Path file, Throwable cause) {
        String name = file.getFileName().toString();
        try {
            Path kept = writeReason(name, """
                    ระบบพยายามประมวลผลไฟล์ %s แล้ว %d ครั้งแต่ไม่สำเร็จ (%s) จึงย้ายไฟล์มาไว้ที่นี่ กรุณาแจ้งกลุ่มงานติดตามและประเมินผล
                    The file %s could not be processed after %d attempts (%s), so it was moved here. Please tell the M&E group.
                    """.formatted(name, InboxLock.ATTEMPTS, cause, name, InboxLock.ATTEMPTS, cause));
            Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
            record("GIVEN_UP", file, String.valueOf(cause));
            log.error("{}: moved to {} after {} failed attempts", file, kept, InboxLock.ATTEMPTS, cause);
        } catch (IOException | RuntimeException e) {
            log.error("{}: could not be moved out of the inbox after failing", file, e);
        }
    }

    /** Writes "<stamp>_<name>.เหตุผล-reason.txt" in rejected/; returns where the file itself would go beside it. */
    private Path writeReason(String name, String text) throws IOException {
        Path dir = Files.createDirectories(settings.rejected());
        String keptName = SubmissionIntake.keptName(clock.instant(), name);
        Path kept = dir.resolve(keptName);
        for (int i = 2; Files.exists(kept, LinkOption.NOFOLLOW_LINKS); i++) {
            kept = dir.resolve(i + "_" + keptName);
        }
        Files.writeString(kept.resolveSibling(kept.getFileName() + SubmissionIntake.REASON_SUFFIX), text,
                StandardCharsets.UTF_8);
        return kept;
    }

    private void record(String event, Path file, String detail) {
        try {
            audit.record(clock.instant(), event, null, InboxFiles.unitFolder(settings.inbox(), file), null,
                    file.getFileName().toString(), detail);
        } catch (RuntimeException e) {
            log.warn("audit trail not written for {}: {}", file, e.toString());
        }
    }
}

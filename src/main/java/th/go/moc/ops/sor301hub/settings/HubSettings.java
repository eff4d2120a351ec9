package th.go.moc.ops.sor301hub.settings;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;

/**
 * The service's settings ({@code hub.*} in application.properties, or environment variables such as
 * {@code HUB_SHARE}).
 *
 * @param folder           the share's folder on this machine: inbox/, archive/, rejected/, feedback/, outputs/ live
 *                         under it. It is {@code hub.share} when that is a path; when the share is reached over SFTP
 *                         or SMB it is this instance's working copy ({@code hub.work}, see share/ShareBridge)
 * @param mappings         a folder whose files add to or override the shipped mappings/ (optional)
 * @param seedSamples      copy the sample workbooks into an empty inbox on the first start
 * @param settle           how long a file that cannot tell whether it is whole (.xls, anything not an xlsx) must stay
 *                         unchanged before it is read; an xlsx is read once its zip is written to its end
 * @param poll             how often the inbox is looked at
 * @param workers          how many files are read at once (0: one per processor)
 * @param deadlineDay      units report month M by this day of month M+1
 * @param basis            what "target" means for above / on / below
 * @param onTargetTolerance a result within this fraction of the target counts as on target
 * @param cabinetTargets   the Cabinet's disbursement targets (% of allocation) by the end of Q1–Q4
 */
@ConfigurationProperties("hub")
public record HubSettings(Path folder, Path mappings, boolean seedSamples, Duration settle, Duration poll, int workers,
                          int deadlineDay, TargetComparison.Basis basis, double onTargetTolerance,
                          java.util.List<Double> cabinetTargets) {

    /** Files read at once: the setting, or one per processor. */
    public int workerCount() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    /** The share's folder on this machine (see {@code folder}). */
    public Path share() {
        return folder;
    }

    public Path inbox() {
        return folder.resolve("inbox");
    }

    public Path archive() {
        return folder.resolve("archive");
    }

    public Path rejected() {
        return folder.resolve("rejected");
    }

    public Path feedback() {
        return folder.resolve("feedback");
    }

    public Path outputs() {
        return folder.resolve("outputs");
    }
}

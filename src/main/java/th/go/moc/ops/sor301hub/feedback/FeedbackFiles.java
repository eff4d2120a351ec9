package th.go.moc.ops.sor301hub.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import th.go.moc.ops.sor301hub.AtomicFiles;
import th.go.moc.ops.sor301hub.intake.CheckedSubmission;

/**
 * Where a unit's feedback workbook goes: {@code <feedback>/<folder>/<its name, marked as checked>}, the
 * folder being the inbox folder the file came in (where its sender looks), else the unit it names.
 */
public final class FeedbackFiles {

    /** The folder for files whose unit could not be told, and that came in no unit's folder. */
    public static final String UNKNOWN_UNIT = "ไม่ทราบหน่วยงาน-unknown";

    private FeedbackFiles() {
    }

    /**
     * Writes the feedback for a checked file next to the other feedback of its unit.
     *
     * @param folderName the inbox folder it arrived in, or null when it was dropped at the top
     */
    public static Path write(Path feedbackRoot, Path original, CheckedSubmission checked, List<Change> changes,
                             String folderName) throws IOException {
        String unit = folderName != null ? folderName : checked.unit() != null ? checked.unit().id() : UNKNOWN_UNIT;
        boolean openable = checked.format() != null;
        Path target = feedbackRoot.resolve(unit).resolve(FeedbackWorkbookWriter.nameFor(checked.fileName(), openable));
        FeedbackWorkbookWriter.Verdict verdict = new FeedbackWorkbookWriter.Verdict(checked.fileName(), checked.accepted(),
                checked.errors().size(), checked.warnings().size());
        return AtomicFiles.write(target, tmp -> FeedbackWorkbookWriter.write(original, verdict, checked.problems(), changes,
                tmp));
    }
}

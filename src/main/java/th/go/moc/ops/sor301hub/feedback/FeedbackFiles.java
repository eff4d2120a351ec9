package th.go.moc.ops.sor301hub.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.files.AtomicFiles;
import th.go.moc.ops.sor301hub.files.SafeNames;

/**
 * Where a unit's feedback workbook goes: {@code <feedback>/<folder>/<its name, marked as checked>}, the
 * folder being the inbox folder the file came in (where its sender looks), else the unit it names.
 */
public final class FeedbackFiles {

    /** The folder for files whose unit could not be told, and that came in no unit's folder. */
    public static final String UNKNOWN_UNIT = "ไม่ทราบหน่วยงาน-unknown";

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiles.class);

    private FeedbackFiles() {
    }

    /**
     * Writes the feedback for a checked file next to the other feedback of its unit: the unit's workbook
     * marked, or, when that cannot be written, the summary alone, so that the unit always gets its answer.
     *
     * @param folderName the inbox folder it arrived in, or null when it was dropped at the top
     */
    public static Path write(Path feedbackRoot, Path original, CheckedSubmission checked, List<Change> changes,
                             String folderName) throws IOException {
        Path folder = folder(feedbackRoot, checked, folderName);
        FeedbackWorkbookWriter.Verdict verdict = new FeedbackWorkbookWriter.Verdict(checked.fileName(), checked.accepted(),
                checked.errors().size(), checked.warnings().size(), checked.layoutId(), checked.layoutScore());
        RowLabels labels = new RowLabels(checked.lines(), checked.budget());
        try {
            Path target = target(feedbackRoot, checked, folderName);
            return AtomicFiles.write(target, tmp -> FeedbackWorkbookWriter.write(original, verdict, checked.problems(),
                    labels, changes, tmp));
        } catch (IOException | RuntimeException e) {
            log.warn("{}: the marked feedback could not be written ({}); writing the summary alone", checked.fileName(),
                    e.toString());
            Path target = folder.resolve(FeedbackWorkbookWriter.nameFor(SafeNames.fit(checked.fileName(),
                    SafeNames.KEPT_NAME_BYTES), false));
            return AtomicFiles.write(target, tmp -> FeedbackWorkbookWriter.write(null, verdict, checked.problems(),
                    labels, changes, tmp));
        }
    }

    /** Where {@link #write} puts the marked workbook (the summary alone, if that fails, goes next to it). */
    public static Path target(Path feedbackRoot, CheckedSubmission checked, String folderName) {
        return folder(feedbackRoot, checked, folderName)
                .resolve(FeedbackWorkbookWriter.nameFor(SafeNames.fit(checked.fileName(), SafeNames.KEPT_NAME_BYTES),
                        checked.format() != null));
    }

    private static Path folder(Path feedbackRoot, CheckedSubmission checked, String folderName) {
        return feedbackRoot.resolve(folderName != null ? folderName
                : checked.unit() != null ? checked.unit().id() : UNKNOWN_UNIT);
    }
}

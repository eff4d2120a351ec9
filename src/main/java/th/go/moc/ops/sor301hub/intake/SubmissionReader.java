package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.mapping.MappedWorkbook;
import th.go.moc.ops.sor301hub.mapping.TitleBlock;
import th.go.moc.ops.sor301hub.mapping.WorkbookMapper;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.sor301.A1;
import th.go.moc.ops.sor301hub.sor301.BuddhistYear;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.ThaiDates;
import th.go.moc.ops.sor301hub.sor301.ThaiNumbers;
import th.go.moc.ops.sor301hub.validation.BudgetValidator;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.validation.HistoryValidator;
import th.go.moc.ops.sor301hub.validation.LineValidator;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.ProblemList;
import th.go.moc.ops.sor301hub.validation.RuleSettings;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.validation.Severity;
import th.go.moc.ops.sor301hub.validation.TextLimits;
import th.go.moc.ops.sor301hub.workbook.CellValue;
import th.go.moc.ops.sor301hub.workbook.UnreadableWorkbookException;
import th.go.moc.ops.sor301hub.workbook.WorkbookSource;
import th.go.moc.ops.sor301hub.workbook.Workbooks;

/**
 * Reads a received file into a checked submission: opens it, recognises its layout, works out whose
 * it is and for which month, and checks every line. Never throws for bad input; what is wrong is in
 * the problems. Used by the intake route and by batch mode alike.
 */
public final class SubmissionReader {

    /** Deadlines are Bangkok days. */
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final WorkbookMapper mapper;
    private final UnitRegistry units;
    private final RuleSettings rules;
    private final Clock clock;

    public SubmissionReader(WorkbookMapper mapper, UnitRegistry units, RuleSettings rules, Clock clock) {
        this.mapper = mapper;
        this.units = units;
        this.rules = rules;
        this.clock = clock;
    }

    /** Reads a file received now, with no earlier submissions to compare it with. */
    public CheckedSubmission read(Path file, String fileName, String folderName) {
        return read(file, fileName, folderName, clock.instant(), History.NONE);
    }

    /**
     * @param file       the file to read (not modified)
     * @param fileName   the name the unit gave it, for messages
     * @param folderName the inbox subfolder it arrived in, or null
     * @param receivedAt when it arrived, for the deadline
     * @param history    earlier submissions, for the checks across them
     */
    public CheckedSubmission read(Path file, String fileName, String folderName, Instant receivedAt, History history) {
        return read(file, fileName, folderName, receivedAt, history, sha256(file));
    }

    /** As above, for a caller that has hashed the file already (the intake, to recognise a re-drop). */
    public CheckedSubmission read(Path file, String fileName, String folderName, Instant receivedAt, History history,
                                  String sha256) {
        MappedWorkbook mapped;
        String format;
        try (WorkbookSource source = Workbooks.open(file)) {
            format = source.format().name().toLowerCase();
            mapped = mapper.map(source, fileName);
        } catch (UnreadableWorkbookException e) {
            return unreadable(fileName, sha256, folderName, e);
        } catch (RuntimeException e) {
            // A file no check foresaw (a fuzzed record, a parser's surprise) is damaged for the unit, never a crash.
            return unreadable(fileName, sha256, folderName, UnreadableWorkbookException.damaged(fileName, e));
        }
        ProblemList problems = mapped.problems();
        if (mapped.layout() == null) {
            return new CheckedSubmission(fileName, sha256, format, null, mapped.layoutScore(),
                    folderUnit(folderName).orElse(null), null, List.of(), List.of(), problems.withCounts());
        }
        problems.addAll(TextLimits.check(fileName, mapped.lines(), mapped.budget()));
        TitleBlock title = mapped.title();
        Unit unit = unit(fileName, title, folderName, problems);
        FiscalPeriod period = period(fileName, title, problems);
        crossCheckFileName(fileName, title, unit, period, problems);
        if (period != null) {
            for (MappedWorkbook.MonthCell m : mapped.monthCells()) {
                if (m.period().fiscalYearBe() != period.fiscalYearBe()) {
                    problems.add(Rules.monthOfAnotherYear(fileName, m.sheet(), m.cell(), m.period().thaiLabel(),
                            period.fiscalYearBe()));
                }
            }
            Set<String> rowsWithErrors = rowsWithErrors(problems);
            for (IndicatorLine line : mapped.lines()) {
                // A line with an unreadable cell is checked once it can be read: its sums would only mislead.
                if (!rowsWithErrors.contains(line.source().sheet() + "!" + row(line.source().cell("indicator")))) {
                    problems.addAll(LineValidator.check(fileName, line, period, rules));
                }
            }
            for (BudgetLine b : mapped.budget()) {
                problems.addAll(BudgetValidator.check(fileName, b, period, rules));
            }
            if (unit != null) {
                problems.addAll(HistoryValidator.check(fileName, unit.id(), period, mapped.lines(), history));
            }
            LocalDate deadline = period.deadline(rules.deadlineDay()).plusDays(rules.deadlineGraceDays());
            ZonedDateTime received = receivedAt.atZone(BANGKOK);
            if (received.toLocalDate().isAfter(deadline)) {
                problems.add(Rules.late(fileName, received.toLocalDate(), deadline));
            }
        }
        return new CheckedSubmission(fileName, sha256, format, mapped.layout().id(), mapped.layoutScore(), unit, period,
                mapped.lines(), mapped.budget(), oncePerCell(problems.withCounts()));
    }

    private CheckedSubmission unreadable(String fileName, String sha256, String folderName, UnreadableWorkbookException e) {
        return new CheckedSubmission(fileName, sha256, null, null, 0, folderUnit(folderName).orElse(null), null,
                List.of(), List.of(), List.of(Rules.unreadable(fileName, e.reason())));
    }

    /** The unit named in the title block, cross-checked with the folder; the folder alone if the title is silent. */
    private Unit unit(String fileName, TitleBlock title, String folderName, List<Problem> problems) {
        Optional<Unit> folder = folderUnit(folderName);
        TitleBlock.Entry entry = title.unit();
        if (entry == null) {
            if (folder.isEmpty()) {
                problems.add(Rules.unitMissing(fileName, title.sheet()));
            }
            return folder.orElse(null);
        }
        Optional<Unit> named = units.find(entry.text());
        if (named.isEmpty()) {
            problems.add(Rules.unitUnknown(fileName, title.sheet(), entry.cell(), entry.text()));
            return null;
        }
        if (folder.isPresent() && !folder.get().id().equals(named.get().id())) {
            problems.add(Rules.unitFolderMismatch(fileName, title.sheet(), entry.cell(), named.get().name(),
                    folder.get().name()));
        }
        return named.get();
    }

    private Optional<Unit> folderUnit(String folderName) {
        return folderName == null ? Optional.empty() : units.find(folderName);
    }

    private FiscalPeriod period(String fileName, TitleBlock title, List<Problem> problems) {
        TitleBlock.Entry entry = title.period();
        if (entry == null) {
            problems.add(Rules.periodMissing(fileName, title.sheet()));
            return null;
        }
        FiscalPeriod period;
        try {
            period = entry.value() instanceof CellValue.Number n && n.date()
                    ? FiscalPeriod.of(n.asDate()) : FiscalPeriod.parse(entry.text());
        } catch (IllegalArgumentException e) {
            problems.add(Rules.periodInvalid(fileName, title.sheet(), entry.cell(), entry.text()));
            return null;
        }
        if (period.compareTo(FiscalPeriod.of(LocalDate.now(clock))) > 0) {
            problems.add(Rules.periodInFuture(fileName, title.sheet(), entry.cell(), period.thaiLabel()));
            return null;
        }
        TitleBlock.Entry year = title.fiscalYear();
        if (year != null) {
            Optional<Double> written = ThaiNumbers.parse(year.text().replaceAll("[^0-9๐-๙]", ""));
            if (written.isEmpty() || BuddhistYear.toBe(written.get().intValue()) != period.fiscalYearBe()) {
                problems.add(Rules.fiscalYearMismatch(fileName, title.sheet(), year.cell(), year.text(),
                        period.fiscalYearBe()));
            }
        }
        return period;
    }

    private static Set<String> rowsWithErrors(List<Problem> problems) {
        Set<String> rows = new HashSet<>();
        for (Problem p : problems) {
            if (p.cell() != null && p.severity() == Severity.ERROR) {
                rows.add(p.sheet() + "!" + row(p.cell()));
            }
        }
        return rows;
    }

    /** The row of an A1 reference ("AA9" → 8), read without a regular expression: it is asked once per line. */
    private static int row(String cell) {
        return cell == null ? -1 : A1.row(cell);
    }

    /** A file name that names another unit or month than the title block is a problem, not a guess. */
    private void crossCheckFileName(String fileName, TitleBlock title, Unit unit, FiscalPeriod period,
                                    List<Problem> problems) {
        Optional<FiscalPeriod> named = FileNameClues.period(fileName);
        if (period != null && named.isPresent() && !named.get().equals(period)) {
            problems.add(Rules.fileNameMonthMismatch(fileName, title.sheet(), title.period().cell(),
                    named.get().thaiLabel(), period.thaiLabel()));
        }
        List<Unit> namedUnits = FileNameClues.units(fileName, units);
        if (unit != null && !namedUnits.isEmpty() && !namedUnits.contains(unit)) {
            problems.add(Rules.fileNameUnitMismatch(fileName, title.sheet(),
                    title.unit() == null ? null : title.unit().cell(), namedUnits.get(0).name(), unit.name()));
        }
    }

    /** A cell that already has an error needs no second message (text in a result cell is not also "missing"). */
    private static List<Problem> oncePerCell(List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            String where = p.sheet() + "!" + p.cell();
            if (p.cell() == null || !seen.contains(where)) {
                out.add(p);
            }
            if (p.cell() != null && p.severity() == Severity.ERROR) {
                seen.add(where);
            }
        }
        return out;
    }

    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import th.go.moc.ops.sor301hub.analysis.CabinetTargets;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.files.AtomicFiles;
import th.go.moc.ops.sor301hub.summary.ExecutiveSummary;
import th.go.moc.ops.sor301hub.summary.SummaryPages;

/**
 * Builds a month's outputs into a folder: the consolidated SOR-301 workbook, the BB EvMIS upload file
 * (xlsx and CSV), and the executive summary (HTML and PDF). Each is written under a temporary name and then renamed, so that nobody opens
 * half a file.
 */
public final class MonthOutputs {

    private final TargetComparison comparison;
    private final CabinetTargets cabinet;
    private final EvmisExport evmis;
    private final SummaryPages summaries;

    public MonthOutputs(TargetComparison comparison, CabinetTargets cabinet, EvmisExport evmis, SummaryPages summaries) {
        this.comparison = comparison;
        this.cabinet = cabinet;
        this.evmis = evmis;
        this.summaries = summaries;
    }

    /**
     * The files written and the EvMIS lines left out; {@code summaryPdf} is null (and {@code summaryProblem}
     * says why) when the PDF could not be made.
     */
    public record Written(Path consolidated, Path evmisXlsx, Path evmisCsv, Path summaryHtml, Path summaryPdf,
                          Path publicHtml, Path publicPdf, String summaryProblem,
                          List<EvmisExport.PreflightError> preflight) {
    }

    /** The summary for the OPS website: "Public_2569-05.pdf". */
    public static String publicName(String periodKey, String extension) {
        return "Public_" + periodKey + "." + extension;
    }

    public static String summaryName(String periodKey, String extension) {
        return "Summary_" + periodKey + "." + extension;
    }

    public static String consolidatedName(String periodKey) {
        return "SOR301_" + periodKey + ".xlsx";
    }

    public static String evmisName(String periodKey, String extension) {
        return "EvMIS_" + periodKey + "." + extension;
    }

    public Written write(MonthData month, Path folder) throws IOException {
        Files.createDirectories(folder);
        String key = month.period().key();
        Path sor301 = folder.resolve(consolidatedName(key));
        Path xlsx = folder.resolve(evmisName(key, "xlsx"));
        Path csv = folder.resolve(evmisName(key, "csv"));
        EvmisExport.Result rows = evmis.rows(month);
        MonthAnalysis analysis = MonthAnalysis.of(month.period(), month.units(), comparison, cabinet);
        // The workbook is the longest part: it is written on a thread of its own while the rest is written here.
        CompletableFuture<Path> workbook = CompletableFuture.supplyAsync(() -> {
            try {
                return AtomicFiles.write(sor301, tmp -> new ConsolidatedWorkbookWriter(comparison).write(analysis, month, tmp));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "sor301-workbook-" + key);
            t.setDaemon(true);
            t.start();
        });
        AtomicFiles.write(xlsx, tmp -> EvmisFileWriter.writeXlsx(rows, tmp));
        AtomicFiles.write(csv, tmp -> EvmisFileWriter.writeCsv(rows, tmp));
        ExecutiveSummary summary = ExecutiveSummary.of(analysis, comparison,
                month.units().size() + month.notReported().size(), month.notReported());
        ExecutiveSummary open = summary.publicVersion();
        Path html = AtomicFiles.write(folder.resolve(summaryName(key, "html")), tmp -> summaries.writeHtml(summary, tmp));
        Path publicHtml = AtomicFiles.write(folder.resolve(publicName(key, "html")), tmp -> summaries.writeHtml(open, tmp));
        Path pdf = folder.resolve(summaryName(key, "pdf"));
        Path publicPdf = folder.resolve(publicName(key, "pdf"));
        String problem = null;
        try {
            // Each PDF is a Chromium run of about a second, mostly its start: the two side by side.
            Path internalTarget = pdf;
            Path publishedTarget = publicPdf;
            CompletableFuture<Path> published = CompletableFuture.supplyAsync(() -> pdf(publishedTarget, open));
            pdf(internalTarget, summary);
            published.join();
        } catch (CompletionException | UncheckedIOException e) {
            pdf = null;
            publicPdf = null;
            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
            problem = cause instanceof UncheckedIOException u ? u.getCause().getMessage() : cause.getMessage();
        }
        try {
            workbook.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause()
                    : new IOException("the SOR-301 workbook could not be written", e.getCause());
        }
        return new Written(sor301, xlsx, csv, html, pdf, publicHtml, publicPdf, problem, rows.errors());
    }

    private Path pdf(Path target, ExecutiveSummary summary) {
        try {
            return AtomicFiles.write(target, tmp -> summaries.writePdf(summary, tmp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

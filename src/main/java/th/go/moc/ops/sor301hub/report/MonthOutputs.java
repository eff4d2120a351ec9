package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import th.go.moc.ops.sor301hub.AtomicFiles;

/**
 * Builds a month's outputs into a folder: the consolidated SOR-301 workbook and the BB EvMIS upload
 * file (xlsx and CSV). Each is written under a temporary name and then renamed, so that nobody opens
 * half a file.
 */
public final class MonthOutputs {

    private final ConsolidatedWorkbookWriter consolidated;
    private final EvmisExport evmis;

    public MonthOutputs(ConsolidatedWorkbookWriter consolidated, EvmisExport evmis) {
        this.consolidated = consolidated;
        this.evmis = evmis;
    }

    /** The files written and the EvMIS lines left out. */
    public record Written(Path consolidated, Path evmisXlsx, Path evmisCsv, List<EvmisExport.PreflightError> preflight) {
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
        AtomicFiles.write(sor301, tmp -> consolidated.write(month, tmp));
        AtomicFiles.write(xlsx, tmp -> EvmisFileWriter.writeXlsx(rows, tmp));
        AtomicFiles.write(csv, tmp -> EvmisFileWriter.writeCsv(rows, tmp));
        return new Written(sor301, xlsx, csv, rows.errors());
    }
}

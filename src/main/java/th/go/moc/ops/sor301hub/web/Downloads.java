package th.go.moc.ops.sor301hub.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A file of the share as a download: the content type its kind really has, HTML and PDF shown in the browser,
 * workbooks and CSV saved, the name kept (Thai names included).
 */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static ResponseEntity<Resource> of(Path file, String name) {
        boolean shown = name.endsWith(".html") || name.endsWith(".pdf");
        ContentDisposition disposition = (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CONTENT_TYPE, contentType(name))
                .body(new FileSystemResource(file));
    }

    static String contentType(String name) {
        if (name.endsWith(".csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=UTF-8";
        }
        if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        return XLSX;
    }
}

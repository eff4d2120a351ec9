package th.go.moc.ops.sor301hub.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every refusal of the API as JSON: {"error": CODE, "th": …, "en": …}, never an HTML page or a stack trace. */
// Global: an upload too large is refused before any controller is chosen. Only the API takes uploads.
@RestControllerAdvice
class ApiErrors {

    static Map<String, String> body(String code, String thai, String english) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("th", thai);
        body.put("en", english);
        return body;
    }

    @ExceptionHandler(ApiError.class)
    ResponseEntity<Map<String, String>> refused(ApiError e) {
        return ResponseEntity.status(e.status()).body(body(e.code(), e.thai(), e.english()));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> noFile(Exception e) {
        return ResponseEntity.badRequest().body(body("FILE_MISSING", "ไม่พบไฟล์ในคำขอ (ส่งไฟล์ในช่อง file)",
                "No file in the request (send it in the part named 'file')."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(body("FILE_TOO_LARGE",
                "ไฟล์ใหญ่เกินกว่าที่ระบบรับได้", "The file is larger than the service accepts."));
    }
}

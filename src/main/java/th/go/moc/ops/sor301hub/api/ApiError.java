package th.go.moc.ops.sor301hub.api;

import org.springframework.http.HttpStatus;

/** A refusal of the API, with its status and the reason in Thai and English (returned as JSON). */
public class ApiError extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String thai;

    public ApiError(HttpStatus status, String code, String thai, String english) {
        super(english);
        this.status = status;
        this.code = code;
        this.thai = thai;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return getMessage();
    }
}

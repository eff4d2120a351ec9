package th.go.moc.ops.sor301hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.Openpyxl;
import th.go.moc.ops.sor301hub.access.AccountStore;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;
import th.go.moc.ops.sor301hub.feedback.FeedbackFiles;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.validation.History;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP against the running service, with the sample workbooks and faulty ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    static final Path root = ShareFolders.tempRoot();

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    void removeTheShare() {
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    private String account(String username, Role role, String... units) {
        AccountStore accounts = context.getBean(AccountStore.class);
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, "ทดสอบ " + username, role, List.of(units),
                    context.getBean(PasswordEncoder.class).encode("secret-" + username), false, Instant.now());
        }
        return "Basic " + Base64.getEncoder().encodeToString((username + ":secret-" + username)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String path, String authorization, Path file, String fileName) throws Exception {
        String boundary = "----sor301" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    @Test
    void checkReturnsTheProblemsTheFeedbackWorkbookListsAndKeepsNothing() throws Exception {
        String khonkaen = account("khonkaen", Role.UNIT, "pco-khonkaen");
        Path sample = Fixtures.sample("pco-khonkaen");
        HttpResponse<String> response = upload("/api/v1/check", khonkaen, sample, sample.getFileName().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> checked = json(response);
        assertThat(checked.get("unit")).isEqualTo("pco-khonkaen");
        assertThat(checked.get("accepted")).isEqualTo(false);
        List<Map<String, Object>> problems = (List<Map<String, Object>>) checked.get("problems");
        // The feedback workbook of the same file, written as the intake writes it, read back by openpyxl.
        CheckedSubmission s = Fixtures.reader().read(sample, sample.getFileName().toString(), "pco-khonkaen",
                Instant.now(), History.NONE);
        Map<String, Object> feedback = Openpyxl.readFeedback(FeedbackFiles.write(root.resolve("fb"), sample, s, List.of(),
                "pco-khonkaen"));
        Set<String> fromFeedback = ((List<Map<String, Object>>) feedback.get("summary")).stream()
                .map(r -> r.get("rule") + "@" + r.get("cell") + ":" + r.get("th")).collect(Collectors.toSet());
        Set<String> fromApi = problems.stream().map(p -> p.get("rule") + "@" + p.get("cell") + ":" + p.get("th"))
                .collect(Collectors.toSet());
        assertThat(fromApi).isEqualTo(fromFeedback).anyMatch(p -> p.startsWith("NOT_A_NUMBER@AA9:"));
        assertThat(problems).allSatisfy(p -> assertThat(p).containsKeys("sheet", "severity", "en"));
        // Nothing kept: no submission, no archive.
        assertThat(json(get("/api/v1/units/pco-khonkaen/months/2569-05", khonkaen)).get("status")).isEqualTo("NONE");
        try (Stream<Path> kept = Files.walk(root.resolve("share"))) {
            assertThat(kept.filter(Files::isRegularFile).map(Path::toString))
                    .noneMatch(p -> p.contains("archive") || p.contains("rejected"));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void submitGoesThroughTheIntakeAsADropAndTheStatusFollows() throws Exception {
        String chiangmai = account("chiangmai", Role.UNIT, "pco-chiangmai");
        Path sample = Fixtures.sample("pco-chiangmai");
        HttpResponse<String> response = upload("/api/v1/submissions", chiangmai, sample, sample.getFileName().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Map<String, Object> receipt = json(response);
        assertThat(receipt).containsEntry("unit", "pco-chiangmai").containsEntry("period", "2569-05")
                .containsEntry("status", "ACCEPTED").containsEntry("version", 1).containsEntry("duplicate", false);
        // The same archive and feedback as a file dropped in the unit's folder.
        try (Stream<Path> archived = Files.walk(root.resolve("share/archive"))) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith(sample.getFileName().toString()));
        }
        ShareFolders.eventually("the feedback workbook", () -> Files.exists(root.resolve("share/feedback/pco-chiangmai")
                .resolve(sample.getFileName().toString().replace(".xlsx", ".ตรวจแล้ว-checked.xlsx"))));
        Map<String, Object> status = json(get("/api/v1/units/pco-chiangmai/months/2569-05", chiangmai));
        assertThat(status.get("status")).isEqualTo("ACCEPTED");
        assertThat(((Map<String, Object>) status.get("latest")).get("id")).isEqualTo(receipt.get("id"));

        // The same file again: the receipt of the first, marked as a duplicate.
        HttpResponse<String> again = upload("/api/v1/submissions", chiangmai, sample, sample.getFileName().toString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).containsEntry("duplicate", true).containsEntry("id", receipt.get("id"));
    }

    @Test
    void anotherUnitsAccountIsRefusedAndMistakesAreSaidInBothLanguages() throws Exception {
        String chiangrai = account("chiangrai", Role.UNIT, "pco-chiangrai");
        Path sample = Fixtures.sample("kyp");
        HttpResponse<String> refused = upload("/api/v1/submissions?unit=kyp", chiangrai, sample, "x.xlsx");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused)).containsEntry("error", "NOT_YOUR_UNIT").containsKeys("th", "en");
        assertThat(get("/api/v1/units/kyp/months/2569-05", chiangrai).statusCode()).isEqualTo(403);

        Path text = Files.writeString(root.resolve("notes.txt"), "ไม่ใช่แบบรายงาน");
        HttpResponse<String> notWorkbook = upload("/api/v1/check", chiangrai, text, "notes.txt");
        assertThat(notWorkbook.statusCode()).isEqualTo(415);
        assertThat(json(notWorkbook)).containsEntry("error", "NOT_A_WORKBOOK")
                .containsEntry("th", "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx หรือ .xls)");

        String wrong = "Basic " + Base64.getEncoder().encodeToString("chiangrai:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unauthorized = get("/api/v1/units/pco-chiangrai/months/2569-05", wrong);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(json(unauthorized)).containsEntry("error", "SIGN_IN_REQUIRED");
        // Staff may look at any unit.
        String staff = account("staff", Role.ME_STAFF);
        assertThat(get("/api/v1/units/kyp/months/2569-05", staff).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String staff = account("staff", Role.ME_STAFF);
        HttpResponse<String> docs = get("/v3/api-docs", staff);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/check").contains("/api/v1/submissions")
                .contains("/api/v1/units/{unit}/months/{period}");
    }
}

package th.go.moc.ops.sor301hub.addin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The Excel add-in's XML manifest (a task pane add-in for workbooks), pointing at this service's address:
 * {@code hub.public-url} when set (the HTTPS address units reach, behind the TLS proxy), else the address the
 * manifest was asked at. An administrator gives it to Excel through a shared-folder catalog or central
 * deployment (README).
 */
@RestController
class ManifestController {

    /** The add-in's own id: fixed, so that a new manifest updates the add-in rather than adding another. */
    static final String ID = "5f0e6b1c-3a4d-4e8b-9c2f-7d1a2b3c4d5e";

    private final String publicUrl;

    ManifestController(@Value("${hub.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl;
    }

    @GetMapping(path = "/addin/manifest.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String manifest(HttpServletRequest request) {
        String base = publicUrl.isBlank()
                ? request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                : publicUrl.replaceAll("/+$", "");
        String b = HtmlUtils.htmlEscape(base);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                           xsi:type="TaskPaneApp">
                  <Id>%s</Id>
                  <Version>1.0.0.0</Version>
                  <ProviderName>สำนักงานปลัดกระทรวงพาณิชย์ / OPS MOC</ProviderName>
                  <DefaultLocale>th-TH</DefaultLocale>
                  <DisplayName DefaultValue="สงป. 301 ตรวจและส่ง">
                    <Override Locale="en-US" Value="SOR-301 check and send"/>
                  </DisplayName>
                  <Description DefaultValue="ตรวจแบบรายงาน สงป. ๓๐๑ และส่งให้กลุ่มงานติดตามและประเมินผล จากใน Excel">
                    <Override Locale="en-US" Value="Check the SOR-301 workbook and send it to the M&amp;E group, from inside Excel."/>
                  </Description>
                  <IconUrl DefaultValue="%s/addin/icon-32.png"/>
                  <HighResolutionIconUrl DefaultValue="%s/addin/icon-64.png"/>
                  <SupportUrl DefaultValue="%s/upload"/>
                  <AppDomains>
                    <AppDomain>%s</AppDomain>
                  </AppDomains>
                  <Hosts>
                    <Host Name="Workbook"/>
                  </Hosts>
                  <DefaultSettings>
                    <SourceLocation DefaultValue="%s/addin/taskpane.html"/>
                  </DefaultSettings>
                  <Permissions>ReadWriteDocument</Permissions>
                </OfficeApp>
                """.formatted(ID, b, b, b, b, b);
    }
}

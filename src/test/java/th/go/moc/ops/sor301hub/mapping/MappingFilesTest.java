package th.go.moc.ops.sor301hub.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.report.EvmisCodes;
import th.go.moc.ops.sor301hub.report.EvmisLayout;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;

/** Every file in mappings/ loads, and says what M&E staff expect it to. */
class MappingFilesTest {

    private static final Path MAPPINGS = Path.of("mappings");

    @Test
    void everyLayoutFileLoads() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(MAPPINGS.resolve("layouts"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            try (var in = Files.newInputStream(f)) {
                Layout layout = LayoutLoader.parse(in, f.toString());
                assertThat(layout.performance().column("indicator").required()).as(f.toString()).isTrue();
            }
        }
        assertThat(LayoutLoader.load(MAPPINGS)).extracting(Layout::id).contains("template-v1");
    }

    @Test
    void theUnitRegistryHoldsTwelveCentralUnitsAndSeventySixProvincialOffices() {
        UnitRegistry units = UnitRegistry.load(MAPPINGS);
        assertThat(units.all()).hasSize(88);
        assertThat(units.all()).filteredOn(u -> u.kind().equals("central")).hasSize(12);
        assertThat(units.all()).extracting(Unit::id).doesNotHaveDuplicates();
        assertThat(units.find("กยผ.")).map(Unit::id).hasValue("kyp");
        assertThat(units.find("สำนักงานพาณิชย์จังหวัด เชียงใหม่")).map(Unit::id).hasValue("pco-chiangmai");
        assertThat(units.find("พาณิชย์จังหวัดบึงกาฬ")).map(Unit::id).hasValue("pco-buengkan");
        assertThat(units.expected(new FiscalPeriod(2569, 8))).hasSize(88);
    }

    @Test
    void aUnitIsExpectedOnlyWhileItExists() {
        UnitRegistry units = new UnitRegistry(List.of(
                new Unit("old", "กองเดิม", null, null, "central", java.time.LocalDate.of(2000, 1, 1),
                        java.time.LocalDate.of(2026, 3, 31), List.of()),
                new Unit("new", "กองใหม่", null, null, "central", java.time.LocalDate.of(2026, 4, 1), null, List.of())));
        assertThat(units.expected(FiscalPeriod.parse("2569-03"))).extracting(Unit::id).containsExactly("old");
        assertThat(units.expected(FiscalPeriod.parse("2569-04"))).extracting(Unit::id).containsExactly("new");
    }

    @Test
    void theEvmisFilesLoadAndEveryRegisteredUnitHasACode() {
        EvmisLayout layout = EvmisLayout.load(MAPPINGS);
        assertThat(layout.columns()).extracting(EvmisLayout.Column::value).contains("unit-code", "indicator-code",
                "month-result", "cumulative-result");
        EvmisCodes codes = EvmisCodes.load(MAPPINGS);
        for (Unit u : UnitRegistry.load(MAPPINGS).all()) {
            assertThat(codes.code("units", u.id())).as(u.id()).isNotNull();
        }
    }

    @Test
    void ratesAndLevelsTakeTheirLatestMonth() {
        CumulationRules rules = CumulationRules.load(MAPPINGS);
        assertThat(rules.of("ร้อยละ", "เชิงปริมาณ")).isEqualTo(Cumulation.LATEST);
        assertThat(rules.of("ราย", "เชิงเวลา")).isEqualTo(Cumulation.LATEST);
        assertThat(rules.of("ราย", "เชิงปริมาณ")).isEqualTo(Cumulation.SUM);
    }

    @Test
    void aMistakeInALayoutFileNamesTheFileAndTheField() {
        String yaml = """
                id: broken
                name: x
                title: {unit: [หน่วยงาน], period: [เดือน]}
                tables:
                  performance:
                    columns:
                      indicator: {headers: [ตัวชี้วัด], required: true}
                      targt: {headers: [เป้าหมาย]}
                """;
        assertThatThrownBy(() -> LayoutLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "layouts/broken.yaml")).isInstanceOf(LayoutFileException.class)
                .hasMessageContaining("layouts/broken.yaml").hasMessageContaining("targt")
                .hasMessageStartingWith("ไฟล์ตั้งค่าใน mappings/ ใช้ไม่ได้");
    }
}

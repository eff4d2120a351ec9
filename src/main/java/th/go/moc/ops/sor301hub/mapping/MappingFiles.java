package th.go.moc.ops.sor301hub.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The configuration files kept in {@code mappings/}: a copy in the folder given by the setting
 * {@code hub.mappings} wins over the one shipped inside the application.
 */
public final class MappingFiles {

    private MappingFiles() {
    }

    /** Reads a YAML file such as "units.yaml" or "evmis/layout.yaml" as nested maps and lists. */
    public static Map<String, Object> yaml(Path overrideFolder, String relativePath) {
        try (InputStream in = open(overrideFolder, relativePath)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (root == null) {
                throw new LayoutFileException("mappings/" + relativePath + " is empty", null);
            }
            return root;
        } catch (IOException e) {
            throw new LayoutFileException("cannot read mappings/" + relativePath + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path overrideFolder, String relativePath) throws IOException {
        if (overrideFolder != null) {
            Path file = overrideFolder.resolve(relativePath);
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        }
        InputStream in = MappingFiles.class.getClassLoader().getResourceAsStream("mappings/" + relativePath);
        if (in == null) {
            throw new LayoutFileException("mappings/" + relativePath + " is missing", null);
        }
        return in;
    }
}

package th.go.moc.ops.sor301hub.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The parts of an xlsx package, read straight from the zip's central directory: no part is inflated
 * until it is asked for, and each part inflates through a guard that stops a zip bomb (a part that
 * expands more than a hundredfold past its first 100 KiB, the rule POI applies too).
 */
final class XlsxPackage implements AutoCloseable {

    /** Aalto: the fastest StAX parser; DTDs and external entities off (no XXE). */
    static final XMLInputFactory XML = new InputFactoryImpl();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long GRACE_BYTES = 100 * 1024;
    private static final int BUFFER = 1 << 16;

    private final ZipFile zip;
    /**
     * The entries by part name as OPC compares them: without case, "/" whatever the writer used (some tools
     * write "xl\\workbook.xml"), no leading "/". POI and Excel open such packages, so we do too.
     */
    private final Map<String, ZipEntry> parts = new HashMap<>();

    XlsxPackage(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            parts.putIfAbsent(partName(entry.getName()), entry);
        }
    }

    private static String partName(String entryName) {
        String name = entryName.replace('\\', '/');
        return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(java.util.Locale.ROOT);
    }

    boolean has(String part) {
        return parts.containsKey(partName(part));
    }

    /** A part's bytes, inflating as they are read; a missing part is a damaged package. */
    InputStream open(String part) throws IOException {
        ZipEntry entry = parts.get(partName(part));
        if (entry == null) {
            throw new IOException("missing part " + part);
        }
        return new Guarded(zip.getInputStream(entry), entry.getCompressedSize(), entry.getSize(), part);
    }

    XMLStreamReader xml(String part) throws IOException, XMLStreamException {
        return XML.createXMLStreamReader(open(part));
    }

    /**
     * A relationships part as id → target part name, each target resolved against the folder of the
     * part that owns the relationships ("worksheets/sheet1.xml" from xl/ gives "xl/worksheets/sheet1.xml").
     * Types are kept too, under "type:" + the type's last path segment ("type:styles").
     */
    Map<String, String> relationships(String owner) throws IOException, XMLStreamException {
        int slash = owner.lastIndexOf('/');
        String folder = slash < 0 ? "" : owner.substring(0, slash + 1);
        String rels = folder + "_rels/" + owner.substring(slash + 1) + ".rels";
        Map<String, String> targets = new HashMap<>();
        if (!has(rels)) {
            return targets;
        }
        XMLStreamReader r = xml(rels);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    if ("External".equals(r.getAttributeValue(null, "TargetMode"))) {
                        continue;
                    }
                    String target = resolve(folder, r.getAttributeValue(null, "Target"));
                    targets.put(r.getAttributeValue(null, "Id"), target);
                    String type = r.getAttributeValue(null, "Type");
                    if (type != null) {
                        targets.putIfAbsent("type:" + type.substring(type.lastIndexOf('/') + 1), target);
                    }
                }
            }
        } finally {
            r.close();
        }
        return targets;
    }

    /** "../x.xml" and "/xl/x.xml" targets as zip entry names. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                int cut = out.lastIndexOf("/", out.length() - 2);
                out.setLength(cut < 0 ? 0 : cut + 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.append(segment).append('/');
            }
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Thrown when a part inflates like a zip bomb. */
    static final class ZipBombException extends IOException {
        ZipBombException(String part, long inflated, long compressed) {
            super("Zip bomb: " + part + " inflates from " + compressed + " to more than " + inflated + " bytes");
        }
    }

    /** Counts inflated bytes and stops at an abnormal ratio; buffers reads in up to 64 KiB. */
    private static final class Guarded extends FilterInputStream {

        private final long compressed;
        private final String part;
        private long inflated;

        /** @param size the part's inflated size as the zip states it, or -1: a small part gets a small buffer */
        Guarded(InputStream in, long compressed, long size, String part) {
            super(new java.io.BufferedInputStream(in, size < 0 || size >= BUFFER ? BUFFER : (int) Math.max(size, 512)));
            this.compressed = compressed;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            inflated += n;
            if (inflated > GRACE_BYTES && compressed >= 0 && compressed < inflated * MIN_INFLATE_RATIO) {
                throw new ZipBombException(part, inflated, compressed);
            }
        }
    }
}

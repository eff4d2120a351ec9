package th.go.moc.ops.sor301hub.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What the hardware can do on the same bytes (see shared/PERFORMANCE.md): reading is inflating every
 * worksheet and the shared strings and passing them through a StAX reader that keeps nothing; writing is
 * deflating, to nowhere, the XML a writer produced; an .xls is one event pass that listens to nothing.
 */
final class Floors {

    /** Aalto, as shared/PERFORMANCE.md defines the floor (and as our reader uses). */
    private static final XMLInputFactory XML = new com.fasterxml.aalto.stax.InputFactoryImpl();

    private Floors() {
    }

    /** @return XML events seen, so that the work cannot be optimised away */
    static long read(Path file) throws IOException {
        if (file.toString().endsWith(".xls")) {
            return readXls(file);
        }
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
                    try (InputStream in = new BufferedInputStream(zip.getInputStream(e), 1 << 16)) {
                        XMLStreamReader r = XML.createXMLStreamReader(in);
                        while (r.hasNext()) {
                            r.next();
                            events++;
                        }
                        r.close();
                    } catch (XMLStreamException ex) {
                        throw new IOException(ex);
                    }
                }
            }
        }
        return events;
    }

    private static long readXls(Path file) throws IOException {
        long[] records = {0};
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(r -> records[0]++);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        return records[0];
    }

    /** The XML parts of a written workbook, inflated, for {@link #write}. */
    static List<byte[]> xmlParts(Path written) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(written.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.add(in.readAllBytes());
                    }
                }
            }
        }
        return parts;
    }

    /** @param level the zlib level the writer deflated its parts at */
    static void write(List<byte[]> parts, int level) throws IOException {
        Deflater deflater = new Deflater(level);
        try (OutputStream out = new DeflaterOutputStream(OutputStream.nullOutputStream(), deflater)) {
            for (byte[] p : parts) {
                out.write(p);
            }
        } finally {
            deflater.end();
        }
    }
}

package th.go.moc.ops.sor301hub.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A zip file whose parts are made and deflated side by side, one worker per processor, each into memory,
 * then written in their order with the zip's own headers (APPNOTE 4.3: local header, data, central
 * directory, end record). Deflating is a third of writing a report workbook; {@code ZipOutputStream} does
 * it on one thread, part after part.
 */
final class ZipParts {

    /** What a part holds, written when its worker gets to it. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    record Part(String name, Content content) {
    }

    private record Deflated(byte[] name, byte[] data, long crc, long size) {
    }

    /** The zip format without its 64-bit extension stops at 4 GiB, in sizes and in offsets (and at 65,535 parts). */
    private static final long LIMIT = 0xFFFF_FFFFL;

    private ZipParts() {
    }

    static void write(Path file, List<Part> parts, int level) throws IOException {
        if (parts.size() > 0xFFFF) {
            throw new IOException(file + ": over 65,535 parts, which this writer does not support");
        }
        int threads = Math.max(1, Math.min(parts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zip-parts");
            t.setDaemon(true);
            return t;
        });
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            List<Future<Deflated>> deflating = new ArrayList<>();
            for (Part part : parts) {
                deflating.add(workers.submit(() -> deflate(part, level)));
            }
            int[] time = dosTime(LocalDateTime.now());
            ByteArrayOutputStream directory = new ByteArrayOutputStream();
            long offset = 0;
            for (Future<Deflated> f : deflating) {
                Deflated d = result(f);
                if (offset > LIMIT) {
                    throw new IOException(file + ": over 4 GiB, which this writer does not support");
                }
                header(directory, 0x02014b50, d, time, offset);
                offset += header(out, 0x04034b50, d, time, -1);
                out.write(d.data());
                offset += d.data().length;
            }
            if (offset > LIMIT) {
                throw new IOException(file + ": over 4 GiB, which this writer does not support");
            }
            directory.writeTo(out);
            long entries = parts.size();
            le(out, 0x06054b50, 4);
            le(out, 0, 4);
            le(out, entries, 2);
            le(out, entries, 2);
            le(out, directory.size(), 4);
            le(out, offset, 4);
            le(out, 0, 2);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Deflated deflate(Part part, int level) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(level, true);
        CRC32 crc = new CRC32();
        long[] size = {0};
        try (OutputStream out = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            part.content().write(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    crc.update(b, off, len);
                    size[0] += len;
                    out.write(b, off, len);
                }
            });
        } finally {
            deflater.end();
        }
        if (size[0] > LIMIT || data.size() > LIMIT) {
            throw new IOException(part.name() + ": over 4 GiB, which this writer does not support");
        }
        return new Deflated(part.name().getBytes(StandardCharsets.UTF_8), data.toByteArray(), crc.getValue(), size[0]);
    }

    private static Deflated result(Future<Deflated> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing a zip");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * A local header (offset -1) or a central directory entry: version 2.0, deflated, names in UTF-8
     * (flag bit 11), sizes and CRC known ahead, so no data descriptor. @return the bytes written
     */
    private static int header(OutputStream out, int signature, Deflated d, int[] time, long offset) throws IOException {
        boolean central = offset >= 0;
        le(out, signature, 4);
        if (central) {
            le(out, 20, 2);
        }
        le(out, 20, 2);
        le(out, 0x0800, 2);
        le(out, 8, 2);
        le(out, time[0], 2);
        le(out, time[1], 2);
        le(out, d.crc(), 4);
        le(out, d.data().length, 4);
        le(out, d.size(), 4);
        le(out, d.name().length, 2);
        le(out, 0, 2);
        if (central) {
            le(out, 0, 2);
            le(out, 0, 2);
            le(out, 0, 2);
            le(out, 0, 4);
            le(out, offset, 4);
        }
        out.write(d.name());
        return (central ? 46 : 30) + d.name().length;
    }

    /** MS-DOS time and date, as zip keeps them: two-second steps, years from 1980. */
    private static int[] dosTime(LocalDateTime t) {
        return new int[] {t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2,
            (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth()};
    }

    private static void le(OutputStream out, long value, int bytes) throws IOException {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }
}

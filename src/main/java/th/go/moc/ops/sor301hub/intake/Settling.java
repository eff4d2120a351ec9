package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import th.go.moc.ops.sor301hub.files.CompleteZip;

/**
 * Whether a file in the inbox is whole: its size and contents unchanged for the settle time, counted from when
 * this service first saw them so (a Windows copy keeps the original's modified time, so that time proves
 * nothing), and, for an xlsx, its zip written to its end ({@link CompleteZip}). A copy over a slow link may stop
 * for seconds and go on; a file that changed while being read starts over.
 *
 * <p>Contents are compared by a checksum of the file's first and last 64 KiB, taken only once its size and
 * modified time have held still, so that a copy that sets the file's length first and fills it in later is
 * caught without reading every file at every look.
 */
final class Settling {

    private static final int SAMPLE = 64 * 1024;

    private record Seen(long size, long modified, long sample, Instant since) {
    }

    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    /** Whether the file has held still for {@code settle} as of {@code now}. */
    boolean settled(Path file, Duration settle, Instant now) throws IOException {
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Seen before = seen.get(file);
        if (before == null || before.size != size || before.modified != modified) {
            seen.put(file, new Seen(size, modified, -1, now));
            forgetOld(now);
            return false;
        }
        if (before.sample == -1) {
            seen.put(file, new Seen(size, modified, sample(file, size), now));
            return false;
        }
        if (Duration.between(before.since, now).compareTo(settle) < 0) {
            return false;
        }
        long sample = sample(file, size);
        if (sample != before.sample) {
            seen.put(file, new Seen(size, modified, sample, now));
            return false;
        }
        // A zip must also be written to its end; one that stays incomplete for long is damaged, not still coming,
        // and is taken to be answered as such. A file named .xlsx that is no zip at all is answered at once.
        return !isZipName(file) || !CompleteZip.startsLikeZip(file) || CompleteZip.isComplete(file)
                || Duration.between(before.since, now)
                        .compareTo(settle.multipliedBy(CompleteZip.INCOMPLETE_ZIP_FACTOR)) >= 0;
    }


    /** The file is taken (or gone): its history is no longer needed. */
    void forget(Path file) {
        seen.remove(file);
    }

    private static boolean isZipName(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    }

    private static long sample(Path file, long size) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, SAMPLE));
            channel.read(buffer, 0);
            crc.update(buffer.flip());
            if (size > SAMPLE) {
                buffer.clear();
                channel.read(buffer, Math.max(SAMPLE, size - SAMPLE));
                crc.update(buffer.flip());
            }
        }
        return crc.getValue();
    }

    /** Files that vanished before settling (moved away, deleted) are forgotten after a day. */
    private void forgetOld(Instant now) {
        seen.values().removeIf(s -> Duration.between(s.since, now).toDays() >= 1);
    }
}

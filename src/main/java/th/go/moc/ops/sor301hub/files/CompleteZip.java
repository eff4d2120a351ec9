package th.go.moc.ops.sor301hub.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a zip file (an xlsx) has been written to its end: a zip ends with its central directory and
 * the "end of central directory" record, written last, which says where the directory starts and how
 * long it is. When that record sits at the very end of the file and agrees with it, every byte before
 * it has been written (a copy in progress, even one that set the file's size first, lacks it).
 */
public final class CompleteZip {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long ZIP64 = 0xFFFFFFFFL;

    /** How many settle times an xlsx may stay unchanged but incomplete before it is taken as damaged. */
    public static final int INCOMPLETE_ZIP_FACTOR = 20;

    private CompleteZip() {
    }

    /** Whether the file starts with a zip's local header ("PK\3\4"). */
    public static boolean startsLikeZip(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            return channel.read(head, 0) == 4 && head.getInt(0) == 0x04034b50;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isComplete(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < END_LENGTH) {
                return false;
            }
            int tail = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
            ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(buffer, size - tail);
            buffer.flip();
            for (int at = tail - END_LENGTH; at >= 0; at--) {
                if (buffer.getInt(at) == END_SIGNATURE) {
                    long endAt = size - tail + at;
                    int commentLength = Short.toUnsignedInt(buffer.getShort(at + 20));
                    long directorySize = Integer.toUnsignedLong(buffer.getInt(at + 12));
                    long directoryAt = Integer.toUnsignedLong(buffer.getInt(at + 16));
                    if (endAt + END_LENGTH + commentLength != size) {
                        continue;
                    }
                    // Zip64 keeps the real figures elsewhere; the record at the end is enough said.
                    return directoryAt == ZIP64 || directorySize == ZIP64 || directoryAt + directorySize == endAt;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}

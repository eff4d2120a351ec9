package th.go.moc.ops.sor301hub.mapping;

/** A mapping file that cannot be used; the message names the file and what is wrong, for M&E staff. */
public class LayoutFileException extends RuntimeException {

    /** Staff edit these files: the message says in Thai what kind of trouble it is, then the file and key at fault. */
    public LayoutFileException(String message, Throwable cause) {
        super("ไฟล์ตั้งค่าใน mappings/ ใช้ไม่ได้ กรุณาแก้ตามรายละเอียดนี้ / A configuration file in mappings/ cannot be used: "
                + message, cause);
    }
}

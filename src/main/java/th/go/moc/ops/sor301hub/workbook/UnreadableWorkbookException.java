package th.go.moc.ops.sor301hub.workbook;

import th.go.moc.ops.sor301hub.sor301.Bilingual;

/** The file cannot be read as a workbook; the message tells the unit what to do about it. */
public class UnreadableWorkbookException extends RuntimeException {

    private final transient Bilingual reason;

    public UnreadableWorkbookException(Bilingual reason, Throwable cause) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    public Bilingual reason() {
        return reason;
    }

    static UnreadableWorkbookException of(WorkbookFormat format, String fileName, Throwable cause) {
        return new UnreadableWorkbookException(switch (format) {
            case XLSB -> Bilingual.of(
                    "ไฟล์ %s เป็นแบบ Excel Binary (.xlsb) ซึ่งระบบอ่านไม่ได้ กรุณาบันทึกเป็น .xlsx (File > Save As > Excel Workbook) แล้วส่งใหม่",
                    "%s is an Excel Binary workbook (.xlsb), which cannot be read. Save it as .xlsx (File > Save As > Excel Workbook) and send it again.",
                    fileName);
            case ODS -> Bilingual.of(
                    "ไฟล์ %s เป็นแบบ OpenDocument (.ods) กรุณาบันทึกเป็น .xlsx แล้วส่งใหม่",
                    "%s is an OpenDocument spreadsheet (.ods). Save it as .xlsx and send it again.", fileName);
            case CSV -> Bilingual.of(
                    "ไฟล์ %s เป็นข้อความ (CSV/text) ไม่ใช่สมุดงาน Excel กรุณาใช้แบบรายงานที่กำหนด (.xlsx) แล้วส่งใหม่",
                    "%s is plain text (CSV), not an Excel workbook. Use the report template (.xlsx) and send it again.",
                    fileName);
            case ENCRYPTED -> Bilingual.of(
                    "ไฟล์ %s ถูกตั้งรหัสผ่านไว้ ระบบเปิดไม่ได้ กรุณายกเลิกรหัสผ่าน (File > Info > Protect Workbook) แล้วส่งใหม่",
                    "%s is password-protected and cannot be opened. Remove the password (File > Info > Protect Workbook) and send it again.",
                    fileName);
            case OLD_EXCEL -> Bilingual.of(
                    "ไฟล์ %s บันทึกในรูปแบบ Excel รุ่นเก่า (Excel 95 หรือเก่ากว่า) ซึ่งระบบอ่านไม่ได้ กรุณาเปิดด้วย Excel แล้วบันทึกเป็น .xlsx (File > Save As > Excel Workbook) แล้วส่งใหม่",
                    "%s is saved in an old Excel format (Excel 95 or older), which cannot be read. Open it in Excel, save it as .xlsx (File > Save As > Excel Workbook) and send it again.",
                    fileName);
            case UNKNOWN -> Bilingual.of(
                    "ไฟล์ %s ไม่ใช่สมุดงาน Excel (.xlsx, .xlsm หรือ .xls) กรุณาส่งแบบรายงานที่กำหนด",
                    "%s is not an Excel workbook (.xlsx, .xlsm or .xls). Send the report template.", fileName);
            default -> Bilingual.of(
                    "ไฟล์ %s เสียหรือไม่สมบูรณ์ ระบบอ่านไม่ได้ กรุณาเปิดด้วย Excel ตรวจสอบ บันทึกใหม่ แล้วส่งอีกครั้ง",
                    "%s is damaged or incomplete and cannot be read. Open it in Excel, save it again and resend it.",
                    fileName);
        }, cause);
    }

    /** A file that failed to read in a way no check foresaw: damaged, as far as the unit can tell. */
    public static UnreadableWorkbookException damaged(String fileName, Throwable cause) {
        return of(WorkbookFormat.XLSX, fileName, cause);
    }

    static UnreadableWorkbookException zipBomb(String fileName, Throwable cause) {
        return new UnreadableWorkbookException(Bilingual.of(
                "ไฟล์ %s มีข้อมูลบีบอัดผิดปกติ (อาจเป็น zip bomb) ระบบจึงไม่เปิด กรุณาบันทึกใหม่จาก Excel แล้วส่งอีกครั้ง",
                "%s expands abnormally when unpacked (a possible zip bomb), so it was not opened. Save it again from Excel and resend it.",
                fileName), cause);
    }
}

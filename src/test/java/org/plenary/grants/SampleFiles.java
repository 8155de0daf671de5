package org.plenary.grants;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files of each kind, made in the test, and fakes that only look like them by name. */
public final class SampleFiles {

    private static final String TYPES_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";

    private SampleFiles() {
    }

    /** A one-page PDF; text differs so that two samples have different checksums. */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n"
                + "% " + text + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] docx() {
        return zip(ooxml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Budget narrative</w:t></w:r></w:p></w:body></w:document>"), false);
    }

    public static byte[] xlsx() {
        return zip(ooxml("xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"), false);
    }

    /** A Word document with macros: its main part has the macro-enabled content type and a VBA project. */
    public static byte[] docm() {
        Map<String, byte[]> entries = ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        entries.put("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        return zip(entries, false);
    }

    public static byte[] xlsm() {
        return zip(ooxml("xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"), false);
    }

    public static byte[] odt() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                + "<office:body><office:text/></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/manifest.xml", "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
        return zip(entries, true);
    }

    /** The start of a Windows executable. */
    public static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP whose entries are written in order; with storedFirst the first one is stored, as ODF requires. */
    public static byte[] zip(Map<String, byte[]> entries, boolean storedFirst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && storedFirst) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> ooxml(String mainPart, String mainType, String mainXml) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", (TYPES_START + "<Override PartName=\"/" + mainPart + "\" ContentType=\""
                + mainType + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"" + mainPart + "\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        entries.put(mainPart, mainXml.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

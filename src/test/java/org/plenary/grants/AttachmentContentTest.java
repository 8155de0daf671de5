package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plenary.platform.InvalidInputException;

class AttachmentContentTest {

    @Test
    void realFilesOfEachAcceptedKindAreRecognisedByTheirBytes() {
        assertEquals(AttachmentType.PDF, AttachmentContent.check("budget.pdf", SampleFiles.pdf("a")));
        assertEquals(AttachmentType.PNG, AttachmentContent.check("logo.PNG", SampleFiles.png()));
        assertEquals(AttachmentType.JPEG, AttachmentContent.check("photo.jpg", SampleFiles.jpeg()));
        assertEquals(AttachmentType.JPEG, AttachmentContent.check("photo.jpeg", SampleFiles.jpeg()));
        assertEquals(AttachmentType.DOCX, AttachmentContent.check("narrative.docx", SampleFiles.docx()));
        assertEquals(AttachmentType.XLSX, AttachmentContent.check("budget.xlsx", SampleFiles.xlsx()));
        assertEquals(AttachmentType.ODT, AttachmentContent.check("letter.odt", SampleFiles.odt()));
    }

    @Test
    void aFakeWithAnAcceptedNameIsRefused() {
        assertRefused("attachment.typeNotAllowed", "report.pdf", SampleFiles.exe());
        assertRefused("attachment.typeNotAllowed", "report.pdf", SampleFiles.html());
        assertRefused("attachment.typeNotAllowed", "logo.png", SampleFiles.svg());
        assertRefused("attachment.typeNotAllowed", "notes.docx", "just some text".getBytes(StandardCharsets.UTF_8));
        assertRefused("attachment.empty", "empty.pdf", new byte[0]);
    }

    @Test
    void macroEnabledOfficeFilesAreRefusedWhateverTheirName() {
        assertRefused("attachment.typeNotAllowed", "narrative.docx", SampleFiles.docm());
        assertRefused("attachment.typeNotAllowed", "budget.xlsx", SampleFiles.xlsm());
        Map<String, byte[]> odtWithBasic = new LinkedHashMap<>();
        odtWithBasic.put("mimetype", AttachmentType.ODT.mediaType().getBytes(StandardCharsets.US_ASCII));
        odtWithBasic.put("content.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        odtWithBasic.put("Basic/Standard/Module1.xml", "<script/>".getBytes(StandardCharsets.UTF_8));
        assertRefused("attachment.typeNotAllowed", "letter.odt", SampleFiles.zip(odtWithBasic, true));
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsRefused() {
        Map<String, byte[]> plain = new LinkedHashMap<>();
        plain.put("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertRefused("attachment.typeNotAllowed", "archive.docx", SampleFiles.zip(plain, false));
        Map<String, byte[]> mimetypeNotFirst = new LinkedHashMap<>();
        mimetypeNotFirst.put("content.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        mimetypeNotFirst.put("mimetype", AttachmentType.ODT.mediaType().getBytes(StandardCharsets.US_ASCII));
        assertRefused("attachment.typeNotAllowed", "letter.odt", SampleFiles.zip(mimetypeNotFirst, false));
    }

    @Test
    void theNameMustAgreeWithTheContent() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AttachmentContent.check("scan.pdf", SampleFiles.png()));
        assertEquals("attachment.extensionMismatch", refused.getMessageKey());
        assertEquals("png", refused.getArguments()[1]);
        assertRefused("attachment.extensionMismatch", "budget.docx", SampleFiles.xlsx());
        assertRefused("attachment.extensionMismatch", "budget", SampleFiles.pdf("b"));
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingItAll() {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("[Content_Types].xml", new byte[(int) AttachmentContent.MAX_PART + 1]);
        assertRefused("attachment.typeNotAllowed", "big.docx", SampleFiles.zip(bomb, false));

        Map<String, byte[]> layers = new LinkedHashMap<>();
        byte[] zeros = new byte[32 * 1024 * 1024];
        for (int i = 0; i < 4; i++) {
            layers.put("word/media/image" + i + ".bin", zeros);
        }
        byte[] compressed = SampleFiles.zip(layers, false);
        assertTrue(compressed.length < 1024 * 1024, "a small file: " + compressed.length);
        assertEquals(Optional.empty(), AttachmentContent.detect(compressed), "128 MB inflated is past the limit");

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= AttachmentContent.MAX_ZIP_ENTRIES; i++) {
            many.put("e" + i, new byte[0]);
        }
        assertEquals(Optional.empty(), AttachmentContent.detect(SampleFiles.zip(many, false)));
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertEquals(Optional.of("budget.pdf"), AttachmentContent.safeName("C:\\Users\\amina\\budget.pdf"));
        assertEquals(Optional.of("passwd.pdf"), AttachmentContent.safeName("../../etc/passwd.pdf"));
        assertEquals(Optional.of("a_b_.pdf"), AttachmentContent.safeName("a\"b\n.pdf"));
        assertEquals(Optional.of("Бюджет 2027.xlsx"), AttachmentContent.safeName("Бюджет 2027.xlsx"));
        assertEquals(Optional.empty(), AttachmentContent.safeName("..."));
        assertEquals(Optional.empty(), AttachmentContent.safeName(null));
        String longName = "x".repeat(300) + ".docx";
        String safe = AttachmentContent.safeName(longName).orElseThrow();
        assertEquals(AttachmentContent.MAX_NAME_LENGTH, safe.length());
        assertTrue(safe.endsWith(".docx"));
    }

    private static void assertRefused(String key, String name, byte[] content) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AttachmentContent.check(name, content));
        assertEquals(key, refused.getMessageKey(), name);
    }
}

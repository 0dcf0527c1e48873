package kg.trustbox.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.box.ActNumber;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.pdf.PdfDocuments;
import kg.trustbox.school.Language;

/**
 * Example: print the withdrawal act of an opening as an archival PDF, in Kyrgyz. The act shows
 * the names of signed appellants, so it is built for an official the access policy allows, and
 * the read is recorded.
 */
public final class PrintActExample {
    private PrintActExample() {
    }

    /** Writes act {@code number} of {@code office}'s school to {@code file}. */
    public static Path print(TrustBoxOffice office, ActNumber number, Path file) throws IOException {
        Official chair = Official.of(DemoSchool.CHAIR, Role.COMMISSION_MEMBER);
        WithdrawalActView view = office.documents().withdrawalAct(number, Language.KYRGYZ, chair).orElseThrow();
        Files.write(file, PdfDocuments.create().render(view));
        return file;
    }
}

package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.IBlockElement;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.document.MinutesView;
import kg.trustbox.document.Signatory;

/**
 * The minutes of a commission meeting: attendance, agenda, the election of chair
 * and secretary when there was one, the decisions, and one signature line per member of the
 * commission.
 *
 * <p>Not API. Stateless.
 */
final class MinutesLayout {
    private MinutesLayout() {
    }

    static void render(MinutesView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String number = Integer.toString(view.number());
        String title = w.text("minutes.title", number);
        Sheet sheet = Sheet.open(out, assets, w, title, w.text("minutes.short", number), view.school().name(), true);

        sheet.schoolHeader(view.school());
        sheet.title(title + "\n" + w.text("minutes.subtitle"), w.date(view.date()));

        sheet.heading(w.text("minutes.present", Integer.toString(view.present().size())));
        sheet.list(view.present(), false);
        if (view.absent().isEmpty()) {
            sheet.add(w.text("minutes.absent.none"));
        } else {
            sheet.heading(w.text("minutes.absent", Integer.toString(view.absent().size())));
            sheet.list(view.absent(), false);
        }

        sheet.heading(w.text("minutes.agenda"));
        sheet.list(view.agenda(), true);

        view.election().ifPresent(election -> {
            sheet.heading(w.text("minutes.election"));
            Table table = sheet.table(new float[] {30, 34, 18, 18},
                    w.text("minutes.election.col.office"), w.text("minutes.election.col.elected"),
                    w.text("minutes.election.col.for"), w.text("minutes.election.col.voters"));
            String voters = Integer.toString(election.votersPresent());
            table.addCell(sheet.cell(w.text("minutes.election.chair")));
            table.addCell(sheet.cell(election.chair()));
            table.addCell(sheet.centred(Integer.toString(election.chairVotes())));
            table.addCell(sheet.centred(voters));
            table.addCell(sheet.cell(w.text("minutes.election.secretary")));
            table.addCell(sheet.cell(election.secretary()));
            table.addCell(sheet.centred(Integer.toString(election.secretaryVotes())));
            table.addCell(sheet.centred(voters));
            sheet.doc().add(table);
        });

        // the last decision goes with the signatures, and the heading too when it is the only one
        List<IBlockElement> lead = new ArrayList<>();
        List<String> decisions = view.decisions();
        if (decisions.size() > 1) {
            sheet.heading(w.text("minutes.decisions"));
            sheet.doc().add(sheet.listElement(decisions.subList(0, decisions.size() - 1), true, 1).setMarginBottom(0));
        } else {
            lead.add(sheet.headingElement(w.text("minutes.decisions")));
        }
        if (decisions.isEmpty()) {
            lead.add(sheet.paragraph(w.text("minutes.decisions.none")));
        } else {
            lead.add(sheet.listElement(decisions.subList(decisions.size() - 1, decisions.size()), true, decisions.size()));
        }

        List<Signatory> signatories = view.signatures().stream().map(MinutesView.Signature::signatory).toList();
        List<String> notes = view.signatures().stream()
                .map(s -> s.signedOn().map(d -> w.text("signed.on", w.date(d))).orElse(null))
                .toList();
        sheet.signatures(lead, w.text("minutes.signatures"), signatories, notes);
        sheet.finish();
    }
}

package kg.trustbox.pdf.internal;

import java.io.OutputStream;
import java.util.Objects;
import kg.trustbox.document.AnswerLetterView;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.ExtensionNoticeView;
import kg.trustbox.document.ForwardingNoticeView;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.MinutesView;
import kg.trustbox.document.OutcomesBoardView;
import kg.trustbox.document.PublicNoticeView;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.document.ReceiptFormsView;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.WithdrawalActView;

/**
 * Chooses the layout for a view and renders it with the assets loaded once.
 *
 * <p>Not API. Immutable and thread-safe.
 */
public final class Layouts {
    private final Assets assets;

    private Layouts(Assets assets) {
        this.assets = assets;
    }

    /** Loads the bundled fonts and colour profile; do it once and share the result. */
    public static Layouts load() {
        return new Layouts(Assets.load());
    }

    /**
     * Renders {@code view} as PDF/A-2u and PDF/UA-1 to {@code out}, which stays open. A layout opens
     * its document with {@link Sheet#open}, which tags it: a new layout is tagged by default.
     */
    public void render(DocumentView view, OutputStream out) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(out, "out");
        if (view instanceof WithdrawalActView act) {
            WithdrawalActLayout.render(act, assets, out);
        } else if (view instanceof JournalView journal) {
            JournalLayout.render(journal, assets, out);
        } else if (view instanceof MinutesView minutes) {
            MinutesLayout.render(minutes, assets, out);
        } else if (view instanceof QuarterlyReportView report) {
            QuarterlyReportLayout.render(report, assets, out);
        } else if (view instanceof PublicNoticeView notice) {
            PublicNoticeLayout.render(notice, assets, out);
        } else if (view instanceof AnswerLetterView letter) {
            LetterLayout.render(letter, assets, out);
        } else if (view instanceof ForwardingNoticeView notice) {
            LetterLayout.render(notice, assets, out);
        } else if (view instanceof ExtensionNoticeView notice) {
            LetterLayout.render(notice, assets, out);
        } else if (view instanceof RegisterView register) {
            RegisterLayout.render(register, assets, out);
        } else if (view instanceof ReceiptFormsView forms) {
            ReceiptFormsLayout.render(forms, assets, out);
        } else if (view instanceof OutcomesBoardView board) {
            OutcomesBoardLayout.render(board, assets, out);
        } else {
            throw new IllegalArgumentException("no layout for " + view.getClass().getName());
        }
    }
}

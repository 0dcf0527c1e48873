package kg.trustbox.document;

import kg.trustbox.school.Language;

/**
 * The data of one document the regulation requires, already taken from the domain
 * and reduced to what the document shows: a renderer reads only this. One record per document
 * type; all immutable.
 */
public sealed interface DocumentView permits WithdrawalActView, JournalView, MinutesView, QuarterlyReportView,
        PublicNoticeView, AnswerLetterView, ForwardingNoticeView, ExtensionNoticeView, RegisterView, ReceiptFormsView,
        OutcomesBoardView {

    /** The language the document is written in. */
    Language language();

    /** The school the document belongs to. */
    SchoolHeader school();
}

package kg.trustbox.benchmarks.documents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.school.Language;

/** The document of figure 2: a withdrawal act of {@value #LINES} appeals, in Kyrgyz, half of them signed. */
public final class Acts {
    public static final int LINES = 30;

    private Acts() {
    }

    public static WithdrawalActView act() {
        return act(LINES);
    }

    /** The same act with {@code count} appeals (the growth curve of figure 2). */
    public static WithdrawalActView act(int count) {
        List<WithdrawalActView.Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean signed = i % 2 == 1;
            lines.add(new WithdrawalActView.Line(i,
                    signed ? Optional.of("Асанов Бакыт Токтогулович " + i) : Optional.empty(),
                    signed ? Optional.of("Бишкек ш., Ахунбаев көч., " + i + "-үй, " + (10 + i) + "-батир") : Optional.empty(),
                    i % 5 == 0 ? "конверт ачылган эмес" : ""));
        }
        return new WithdrawalActView(Language.KYRGYZ,
                new SchoolHeader("№ 1 жалпы билим берүүчү орто мектеби", "биринчи кабаттагы фойеде, кире бериште"),
                2027, 17, LocalDateTime.of(2027, 4, 27, 12, 5), false, true, "KG-000016", "KG-000016", lines,
                List.of(new Signatory("комиссиянын төрагасы", "Асанова Айгүл Токтогуловна"),
                        new Signatory("комиссиянын катчысы", "Иванова Мария Петровна"),
                        new Signatory("ата-энелер коомчулугунун өкүлү", "Жумабаева Гүлнара Өмүрбековна")));
    }
}

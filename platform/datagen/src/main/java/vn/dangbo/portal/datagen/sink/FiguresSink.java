package vn.dangbo.portal.datagen.sink;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.datagen.record.Gender;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.TransferKind;

/**
 * Headline figures of a stream, per program province (merged territory): members on 31/12 of each
 * year, admissions, youth share, women share. Streams: it keeps organisations and one person at a time.
 */
public final class FiguresSink implements DataSink {

    private static final int FIRST = 2016;
    private static final int LAST = 2025;
    private static final Map<String, String> PROGRAM = Map.of("soc-trang", "can-tho", "hau-giang", "can-tho",
            "hai-duong", "hai-phong", "ninh-thuan", "khanh-hoa", "tien-giang", "dong-thap");

    private final Map<String, String> provinceOfOrganisation = new HashMap<>();
    private final Map<String, long[]> members = new TreeMap<>();
    private final Map<String, long[]> admissions = new TreeMap<>();
    private final Map<String, long[]> youth = new TreeMap<>();
    private final Map<String, long[]> women = new TreeMap<>();
    private final Map<String, long[]> students = new TreeMap<>();
    private final Map<String, long[]> workers = new TreeMap<>();
    private final Map<String, long[]> religious = new TreeMap<>();
    private Occupation occupation;

    private GeneratedRecord.Person person;
    private LocalDate spellFrom;
    private String spellProvince;

    @Override
    public void accept(GeneratedRecord record) {
        if (record instanceof GeneratedRecord.Organisation o) {
            provinceOfOrganisation.put(o.code(), PROGRAM.getOrDefault(o.formerProvince(), o.formerProvince()));
        } else if (record instanceof GeneratedRecord.Person p) {
            closeSpell(null);
            person = p;
            occupation = null;
        } else if (record instanceof GeneratedRecord.OccupationSpell o) {
            occupation = o.occupation();
        } else if (record instanceof GeneratedRecord.Admission a) {
            String province = provinceOfOrganisation.get(a.organisationCode());
            openSpell(a.date(), province);
            int y = a.date().getYear();
            if (y >= FIRST && y <= LAST) {
                row(admissions, province)[y - FIRST]++;
                int age = Period.between(person.birthDate(), a.date()).getYears();
                if (age >= 18 && age <= 30) {
                    row(youth, province)[y - FIRST]++;
                }
                if (occupation != null && occupation.isPupilOrStudent()) {
                    row(students, province)[y - FIRST]++;
                }
                if (occupation != null && occupation.isEnterpriseWorker()) {
                    row(workers, province)[y - FIRST]++;
                }
                if (person.religion() != null) {
                    row(religious, province)[y - FIRST]++;
                }
            }
        } else if (record instanceof GeneratedRecord.TransferIn t && t.transferKind() == TransferKind.PERMANENT) {
            openSpell(t.date(), provinceOfOrganisation.get(t.organisationCode()));
        } else if (record instanceof GeneratedRecord.TransferOut t && t.transferKind() == TransferKind.PERMANENT) {
            closeSpell(t.date());
        } else if (record instanceof GeneratedRecord.Exit x) {
            closeSpell(x.date());
        } else if (!(record instanceof GeneratedRecord.PersonEvent)) {
            closeSpell(null);
            person = null;
        }
    }

    @Override
    public void close() {
        closeSpell(null);
    }

    /** Prints one line per province and year. */
    public void print(PrintStream out) {
        out.println("province   year  members(31/12)  admissions  rate(on Y-1)  youth   women(31/12)"
                + "  pupils+students  enterprise workers  religious");
        for (String province : members.keySet()) {
            long[] m = members.get(province);
            long[] a = row(admissions, province);
            long[] y = row(youth, province);
            long[] w = row(women, province);
            long[] st = row(students, province);
            long[] wk = row(workers, province);
            long[] r = row(religious, province);
            for (int i = 1; i < m.length; i++) {
                double admitted = Math.max(1, a[i - 1]);
                out.printf(Locale.ROOT, "%-10s %d %,14d %,11d %12.2f%% %6.1f%% %12.1f%% %16.1f%% %18.1f%% %10d%n",
                        province, FIRST + i - 1, m[i], a[i - 1], 100.0 * a[i - 1] / Math.max(1, m[i - 1]),
                        100.0 * y[i - 1] / admitted, 100.0 * w[i] / Math.max(1, m[i]), 100.0 * st[i - 1] / admitted,
                        100.0 * wk[i - 1] / admitted, r[i - 1]);
            }
        }
    }

    /** Members on 31/12 of the year (2015 to 2025) in the program province. */
    public long members(String province, int year) {
        return row(members, province)[year - FIRST + 1];
    }

    public long admissions(String province, int year) {
        return row(admissions, province)[year - FIRST];
    }

    private void openSpell(LocalDate from, String province) {
        closeSpell(null);
        spellFrom = from;
        spellProvince = province;
    }

    /** Counts the open membership spell at every year end it covers; {@code to == null}: still a member. */
    private void closeSpell(LocalDate to) {
        if (spellFrom == null) {
            return;
        }
        for (int y = FIRST - 1; y <= LAST; y++) {
            LocalDate dec31 = LocalDate.of(y, 12, 31);
            if (!spellFrom.isAfter(dec31) && (to == null || !to.isBefore(dec31))) {
                row(members, spellProvince)[y - FIRST + 1]++;
                if (person != null && person.gender() == Gender.FEMALE) {
                    row(women, spellProvince)[y - FIRST + 1]++;
                }
            }
        }
        spellFrom = null;
        spellProvince = null;
    }

    private static long[] row(Map<String, long[]> table, String province) {
        return table.computeIfAbsent(province, k -> new long[LAST - FIRST + 2]);
    }
}

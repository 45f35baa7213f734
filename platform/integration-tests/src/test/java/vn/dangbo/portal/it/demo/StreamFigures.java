package vn.dangbo.portal.it.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.TransferKind;
import vn.dangbo.portal.datagen.sink.DataSink;

/**
 * Members on a date and admissions in a period per former province, counted straight from the generated
 * stream with the counting conventions of the programs: a member counts at the organisation he belongs
 * to from the admission decision (or permanent transfer in) to the day of a permanent transfer out or of
 * leaving the rolls, both days included; a temporary transfer changes nothing; an admission counts in the
 * former province of the admitting organisation on its decision date.
 */
final class StreamFigures implements DataSink {

    private final LocalDate day;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, String> provinceOf = new HashMap<>();
    private final Map<String, Long> members = new HashMap<>();
    private final Map<String, Long> admissions = new HashMap<>();
    private String spellProvince;
    private LocalDate spellStart;

    /** Members on {@code day}; admissions decided from {@code from} to {@code to}. */
    StreamFigures(LocalDate day, LocalDate from, LocalDate to) {
        this.day = day;
        this.from = from;
        this.to = to;
    }

    @Override
    public void accept(GeneratedRecord record) {
        if (record instanceof GeneratedRecord.Organisation o) {
            provinceOf.put(o.code(), o.formerProvince());
        } else if (record instanceof GeneratedRecord.Person) {
            end(null);
        } else if (record instanceof GeneratedRecord.Admission a) {
            start(a.organisationCode(), a.date());
            if (!a.date().isBefore(from) && !a.date().isAfter(to)) {
                admissions.merge(provinceOf.get(a.organisationCode()), 1L, Long::sum);
            }
        } else if (record instanceof GeneratedRecord.TransferIn t && t.transferKind() == TransferKind.PERMANENT) {
            start(t.organisationCode(), t.date());
        } else if (record instanceof GeneratedRecord.TransferOut t && t.transferKind() == TransferKind.PERMANENT) {
            end(t.date());
        } else if (record instanceof GeneratedRecord.Exit x) {
            end(x.date());
        } else if (!(record instanceof GeneratedRecord.PersonEvent)) {
            end(null);
        }
    }

    @Override
    public void close() {
        end(null);
    }

    long members(String province) {
        return members.getOrDefault(province, 0L);
    }

    long admissions(String province) {
        return admissions.getOrDefault(province, 0L);
    }

    private void start(String organisation, LocalDate date) {
        end(null);
        spellProvince = provinceOf.get(organisation);
        spellStart = date;
    }

    /** Ends the open spell on {@code last} (null: still open when the person's events end). */
    private void end(LocalDate last) {
        if (spellStart != null && !spellStart.isAfter(day) && (last == null || !last.isBefore(day))) {
            members.merge(spellProvince, 1L, Long::sum);
        }
        spellStart = null;
        spellProvince = null;
    }
}

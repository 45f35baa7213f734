package vn.dangbo.portal.datagen;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.datagen.record.Gender;
import vn.dangbo.portal.datagen.record.GeneratedRecord;
import vn.dangbo.portal.datagen.record.GeneratedRecord.PersonEvent;
import vn.dangbo.portal.datagen.record.TransferKind;
import vn.dangbo.portal.datagen.sink.DataSink;

/**
 * A test sink that checks the stream as it comes (references, validity, order) and counts the shapes
 * the indicators depend on. It keeps organisations, areas and units, never all events, so it also
 * works at larger scales.
 */
final class ShapeCollector implements DataSink {

    static final int FIRST = 2016;
    static final int LAST = 2025;

    final List<String> violations = new ArrayList<>();
    final Map<String, GeneratedRecord.Organisation> organisations = new HashMap<>();
    final Map<String, GeneratedRecord.Area> areas = new HashMap<>();
    final Map<String, GeneratedRecord.Unit> units = new HashMap<>();
    final Map<String, Integer> unitWorkers2025 = new HashMap<>();
    final Set<String> persons = new HashSet<>();
    final Map<String, Integer> kinds = new HashMap<>();

    /** Per program province and year: members on 31/12, admissions, youth admissions. */
    final Map<String, long[]> membersAtYearEnd = new HashMap<>();
    final Map<String, long[]> admissions = new HashMap<>();
    final Map<String, long[]> youthAdmissions = new HashMap<>();
    long membersEnd2025;
    long womenEnd2025;
    /** Per grassroots organisation and year: ratings [rated, good or better]. */
    final Map<String, int[]> orgRatings = new HashMap<>();
    long memberRatings;
    long memberRatingsGood;
    /** Per direct committee and year: quota, and admissions (followed through successors to 31/12). */
    final Map<String, Integer> quotas = new HashMap<>();
    final Map<String, Integer> committeeAdmissions = new HashMap<>();
    long plansWithoutQuota;
    long candidateMoves;
    long notices;
    long vacantPositions;
    long nonMemberHolders;
    final Set<String> memberCodes = new HashSet<>();
    long committeeSeats;
    final Map<String, Set<String>> courseByOrgYear = new HashMap<>();
    final Map<String, Set<String>> seatHoldersByOrgYear = new HashMap<>();

    private String currentPerson;
    private GeneratedRecord.Person currentRecord;
    private final List<PersonEvent> currentEvents = new ArrayList<>();

    @Override
    public void accept(GeneratedRecord record) {
        kinds.merge(record.recordType(), 1, Integer::sum);
        if (!(record instanceof PersonEvent)) {
            finishPerson();
        }
        if (record instanceof GeneratedRecord.Area a) {
            if (a.parentCode() != null) {
                GeneratedRecord.Area parent = areas.get(a.parentCode());
                if (parent == null || !covers(parent.validFrom(), parent.validTo(), a.validFrom(), a.validTo())) {
                    violations.add("area parent not valid: " + a);
                }
            }
            areas.put(a.code(), a);
        } else if (record instanceof GeneratedRecord.AreaSuccession s) {
            GeneratedRecord.Area from = areas.get(s.predecessorCode());
            GeneratedRecord.Area to = areas.get(s.successorCode());
            if (from == null || to == null || !validOn(to.validFrom(), to.validTo(), from.validTo().plusDays(1))) {
                violations.add("area succession: " + s);
            }
        } else if (record instanceof GeneratedRecord.Unit u) {
            if (!areas.containsKey(u.areaCode())) {
                violations.add("unit without area: " + u);
            }
            units.put(u.code(), u);
        } else if (record instanceof GeneratedRecord.UnitWorkforce w) {
            if (!units.containsKey(w.unitCode())) {
                violations.add("workforce of unknown unit: " + w);
            }
            if (w.date().getYear() == LAST) {
                unitWorkers2025.put(w.unitCode(), w.stableWorkers());
            }
        } else if (record instanceof GeneratedRecord.Organisation o) {
            if (o.parentCode() != null) {
                GeneratedRecord.Organisation parent = organisations.get(o.parentCode());
                if (parent == null || !covers(parent.validFrom(), parent.validTo(), o.validFrom(), o.validTo())) {
                    violations.add("organisation parent not valid on the child's dates: " + o.code());
                }
            }
            if (o.unitCode() != null && !units.containsKey(o.unitCode())) {
                violations.add("organisation of unknown unit: " + o.code());
            }
            for (String area : o.areaCodes()) {
                GeneratedRecord.Area a = areas.get(area);
                if (a == null || !covers(a.validFrom(), a.validTo(), o.validFrom(), o.validTo())) {
                    violations.add("organisation serves an area not valid on its dates: " + o.code());
                }
            }
            organisations.put(o.code(), o);
        } else if (record instanceof GeneratedRecord.OrganisationSuccession s) {
            GeneratedRecord.Organisation from = organisations.get(s.predecessorCode());
            GeneratedRecord.Organisation to = organisations.get(s.successorCode());
            if (from == null || to == null || from.validTo() == null
                    || !validOn(to.validFrom(), to.validTo(), from.validTo().plusDays(1))) {
                violations.add("organisation succession: " + s);
            }
            successors.put(s.predecessorCode(), s.successorCode());
        } else if (record instanceof GeneratedRecord.AreaPopulation p) {
            checkArea(p.areaCode(), LocalDate.of(p.year(), 12, 31), p);
        } else if (record instanceof GeneratedRecord.OrganisationRating r) {
            checkOrg(r.organisationCode(), r.date(), r);
            int[] counts = orgRatings.computeIfAbsent(province(r.organisationCode()) + ":" + r.year(), k -> new int[2]);
            counts[0]++;
            if (r.grade().isGoodOrBetter()) {
                counts[1]++;
            }
        } else if (record instanceof GeneratedRecord.AdmissionPlan p) {
            checkOrg(p.organisationCode(), p.date(), p);
            if (p.quota() == null) {
                plansWithoutQuota++;
            } else {
                quotas.put(p.organisationCode() + ":" + p.year(), p.quota());
            }
        } else if (record instanceof GeneratedRecord.TermPlan p) {
            checkOrg(p.organisationCode(), p.date(), p);
        } else if (record instanceof GeneratedRecord.AreaPosition p) {
            checkArea(p.areaCode(), p.validFrom(), p);
            if (p.personCode() == null) {
                vacantPositions++;
            } else if (!persons.contains(p.personCode())) {
                violations.add("position held by a person not emitted before: " + p);
            } else if (!memberCodes.contains(p.personCode())) {
                nonMemberHolders++;
            }
        } else if (record instanceof GeneratedRecord.Person p) {
            if (!persons.add(p.code())) {
                violations.add("person emitted twice: " + p.code());
            }
            currentPerson = p.code();
            currentRecord = p;
        } else if (record instanceof PersonEvent e) {
            if (!e.personCode().equals(currentPerson)) {
                violations.add("orphan event (not right after its person): " + e);
                return;
            }
            if (!currentEvents.isEmpty() && e.date().isBefore(currentEvents.get(currentEvents.size() - 1).date())) {
                violations.add("events out of date order: " + e);
            }
            currentEvents.add(e);
        }
    }

    @Override
    public void close() {
        finishPerson();
    }

    private void finishPerson() {
        if (currentPerson == null) {
            return;
        }
        checkPerson(currentRecord, currentEvents);
        currentPerson = null;
        currentRecord = null;
        currentEvents.clear();
    }

    private void checkPerson(GeneratedRecord.Person person, List<PersonEvent> events) {
        LocalDate registration = null;
        LocalDate certificate = null;
        LocalDate admission = null;
        LocalDate ceremony = null;
        LocalDate recognition = null;
        LocalDate exit = null;
        // membership spells: [from, to] where to == null means open
        List<LocalDate[]> spells = new ArrayList<>();
        List<String> spellProvince = new ArrayList<>();
        for (PersonEvent e : events) {
            if (exit != null) {
                violations.add("event after the person left: " + e);
            }
            String org = organisationOf(e);
            if (org != null) {
                checkOrg(org, e.date(), e);
            }
            if (e instanceof GeneratedRecord.CandidateRegistration r) {
                registration = registration == null ? r.date() : registration;
            } else if (e instanceof GeneratedRecord.AwarenessCertificate c) {
                certificate = c.date();
                if (registration == null || !registration.isBefore(certificate)) {
                    violations.add("certificate not after registration: " + person.code());
                }
            } else if (e instanceof GeneratedRecord.Admission a) {
                admission = a.date();
                ceremony = a.ceremonyDate();
                if ((certificate != null && !certificate.isBefore(admission))
                        || (ceremony != null && !admission.isBefore(ceremony))) {
                    violations.add("admission out of lifecycle order: " + person.code());
                }
                if (Period.between(person.birthDate(), admission).getYears() < 18) {
                    violations.add("admitted under 18: " + person.code());
                }
                spells.add(new LocalDate[] {a.date(), null});
                spellProvince.add(province(a.organisationCode()));
                memberCodes.add(person.code());
                int y = a.date().getYear();
                if (y >= FIRST && y <= LAST) {
                    String p = province(a.organisationCode());
                    admissions.computeIfAbsent(p, k -> new long[LAST - FIRST + 1])[y - FIRST]++;
                    int age = Period.between(person.birthDate(), a.date()).getYears();
                    if (age >= 18 && age <= 30) {
                        youthAdmissions.computeIfAbsent(p, k -> new long[LAST - FIRST + 1])[y - FIRST]++;
                    }
                    String committee = committeeOn(a.organisationCode(), LocalDate.of(y, 12, 31));
                    if (committee != null) {
                        committeeAdmissions.merge(committee + ":" + y, 1, Integer::sum);
                    }
                }
            } else if (e instanceof GeneratedRecord.Recognition r) {
                recognition = r.date();
                if (ceremony == null || !ceremony.isBefore(recognition)) {
                    violations.add("recognition not after ceremony: " + person.code());
                }
            } else if (e instanceof GeneratedRecord.TransferIn t && t.transferKind() == TransferKind.PERMANENT) {
                spells.add(new LocalDate[] {t.date(), null});
                spellProvince.add(province(t.organisationCode()));
                memberCodes.add(person.code());
            } else if (e instanceof GeneratedRecord.TransferOut t && t.transferKind() == TransferKind.PERMANENT) {
                close(spells, t.date());
            } else if (e instanceof GeneratedRecord.Exit x) {
                close(spells, x.date());
                exit = x.date();
            } else if (e instanceof GeneratedRecord.MemberRating r) {
                memberRatings++;
                if (r.grade().isGoodOrBetter()) {
                    memberRatingsGood++;
                }
            } else if (e instanceof GeneratedRecord.CandidateMove) {
                candidateMoves++;
            } else if (e instanceof GeneratedRecord.HandoverNotice) {
                notices++;
            } else if (e instanceof GeneratedRecord.CommitteeSeat s) {
                committeeSeats++;
                for (int y = s.date().getYear(); y <= LAST; y++) {
                    LocalDate dec31 = LocalDate.of(y, 12, 31);
                    if (!s.date().isAfter(dec31) && (s.validTo() == null || !s.validTo().isBefore(dec31))) {
                        seatHoldersByOrgYear.computeIfAbsent(s.organisationCode() + ":" + y, k -> new HashSet<>())
                                .add(person.code());
                    }
                }
            } else if (e instanceof GeneratedRecord.UpdateCourse c) {
                courseByOrgYear.computeIfAbsent(c.organisationCode() + ":" + c.year(), k -> new HashSet<>())
                        .add(person.code());
            }
        }
        for (int i = 0; i < spells.size(); i++) {
            LocalDate[] spell = spells.get(i);
            String p = spellProvince.get(i);
            for (int y = FIRST - 1; y <= LAST; y++) {
                LocalDate dec31 = LocalDate.of(y, 12, 31);
                if (!spell[0].isAfter(dec31) && (spell[1] == null || !spell[1].isBefore(dec31))) {
                    membersAtYearEnd.computeIfAbsent(p, k -> new long[LAST - FIRST + 2])[y - FIRST + 1]++;
                    if (y == LAST) {
                        membersEnd2025++;
                        if (person.gender() == Gender.FEMALE) {
                            womenEnd2025++;
                        }
                    }
                }
            }
        }
        if (exit != null && events.stream().anyMatch(e -> e instanceof GeneratedRecord.Exit x
                && x.exitKind() == ExitKind.DEATH && !x.date().equals(events.get(events.size() - 1).date()))) {
            violations.add("events after death: " + person.code());
        }
    }

    private static void close(List<LocalDate[]> spells, LocalDate date) {
        for (LocalDate[] spell : spells) {
            if (spell[1] == null) {
                spell[1] = date;
            }
        }
    }

    private static String organisationOf(PersonEvent e) {
        try {
            var accessor = e.getClass().getMethod("organisationCode");
            return (String) accessor.invoke(e);
        } catch (NoSuchMethodException ex) {
            return null;
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The program province of an organisation (its former province's program province). */
    String province(String organisationCode) {
        GeneratedRecord.Organisation o = organisations.get(organisationCode);
        return switch (o.formerProvince()) {
            case "soc-trang", "hau-giang" -> "can-tho";
            case "hai-duong" -> "hai-phong";
            case "ninh-thuan" -> "khanh-hoa";
            case "tien-giang" -> "dong-thap";
            default -> o.formerProvince();
        };
    }

    /** The direct committee an organisation belongs to on a date, following successors. */
    String committeeOn(String organisationCode, LocalDate date) {
        GeneratedRecord.Organisation o = organisations.get(organisationCode);
        while (o != null && o.validTo() != null && o.validTo().isBefore(date)) {
            o = successorOf(o.code());
        }
        while (o != null && o.type() != OrganisationType.DIRECT_COMMITTEE) {
            o = o.parentCode() == null ? null : organisations.get(o.parentCode());
        }
        return o == null ? null : o.code();
    }

    final Map<String, String> successors = new HashMap<>();

    private GeneratedRecord.Organisation successorOf(String code) {
        String next = successors.get(code);
        return next == null ? null : organisations.get(next);
    }

    private void checkOrg(String code, LocalDate date, Object what) {
        GeneratedRecord.Organisation o = organisations.get(code);
        if (o == null || date.isBefore(o.validFrom()) || (o.validTo() != null && date.isAfter(o.validTo()))) {
            violations.add("organisation " + code + " not valid on " + date + ": " + what);
        }
    }

    private void checkArea(String code, LocalDate date, Object what) {
        GeneratedRecord.Area a = areas.get(code);
        if (a == null || date.isBefore(a.validFrom()) || (a.validTo() != null && date.isAfter(a.validTo()))) {
            violations.add("area " + code + " not valid on " + date + ": " + what);
        }
    }

    private static boolean validOn(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    private static boolean covers(LocalDate from, LocalDate to, LocalDate childFrom, LocalDate childTo) {
        if (childFrom.isBefore(from)) {
            return false;
        }
        return to == null || (childTo != null && !childTo.isAfter(to));
    }
}

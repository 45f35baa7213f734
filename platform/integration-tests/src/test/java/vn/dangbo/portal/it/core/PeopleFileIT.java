package vn.dangbo.portal.it.core;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dangbo.portal.core.area.AreaRegistry;
import vn.dangbo.portal.core.exchange.ImportError;
import vn.dangbo.portal.core.exchange.ImportReport;
import vn.dangbo.portal.core.exchange.PeopleExporter;
import vn.dangbo.portal.core.exchange.PeopleImporter;
import vn.dangbo.portal.core.organisation.OrganisationRegistry;
import vn.dangbo.portal.core.person.MembershipRecorder;
import vn.dangbo.portal.core.person.PersonRegistry;
import vn.dangbo.portal.core.rating.RatingRecorder;
import vn.dangbo.portal.core.unit.UnitRegistry;
import vn.dangbo.portal.core.work.AdmissionPlanRecorder;
import vn.dangbo.portal.core.work.AwayRecorder;
import vn.dangbo.portal.core.work.CandidateHandover;
import vn.dangbo.portal.core.work.CommitteeRecorder;
import vn.dangbo.portal.core.work.TaskRecorder;
import vn.dangbo.portal.it.PortalDeployment;

/** Import and export of people with their events: round trips, re-import, all-or-nothing, the error report. */
@ExtendWith(ArquillianExtension.class)
class PeopleFileIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(PeopleFileIT.class, CoreFixture.class);
    }

    private static CoreFixture fixture;

    @PersistenceContext(unitName = "portal")
    EntityManager em;
    @Resource
    UserTransaction tx;
    @Inject
    CurrentUser currentUser;

    @EJB
    OrganisationRegistry orgs;
    @EJB
    AreaRegistry areas;
    @EJB
    UnitRegistry units;
    @EJB
    PersonRegistry people;
    @EJB
    MembershipRecorder membership;
    @EJB
    RatingRecorder ratings;
    @EJB
    CommitteeRecorder committees;
    @EJB
    TaskRecorder tasks;
    @EJB
    AdmissionPlanRecorder plans;
    @EJB
    CandidateHandover handover;
    @EJB
    AwayRecorder away;
    @EJB
    PeopleImporter importer;
    @EJB
    PeopleExporter exporter;

    private CoreFixture f;

    @BeforeEach
    void buildFixtureOnce() throws Exception {
        synchronized (PeopleFileIT.class) {
            if (fixture == null) {
                CoreFixture built = new CoreFixture();
                built.build(em, tx, orgs, areas, units, people, membership, ratings, committees, tasks, plans,
                        handover, away, currentUser);
                fixture = built;
            }
        }
        f = fixture;
        // Imports and exports are the work of the province's staff.
        currentUser.identify(CoreFixture.staffOf(f.p));
    }

    private byte[] export(PeopleImporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(f.p, format, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] csv) {
        return Arrays.asList(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
    }

    @Test
    void reimportingAnExportChangesNothing() {
        byte[] csv = export(PeopleImporter.Format.CSV);
        List<String> rows = lines(csv);
        assertTrue(rows.get(0).startsWith("external_id,full_name,birth_date"), rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Nguyễn Văn An") && r.contains(",ADMISSION,2024-03-01,")));
        // Rows that carry an event or an occupation spell (the others only give a person without any).
        int event = Arrays.asList(rows.get(0).split(",")).indexOf("event");
        long eventRows = rows.stream().skip(1).filter(r -> !r.split(",", -1)[event].isEmpty()).count();
        ImportReport report = importer.importFile("export.csv", PeopleImporter.Format.CSV, new ByteArrayInputStream(csv));
        assertTrue(report.accepted(), report.errors().toString());
        assertEquals(0, report.peopleCreated());
        assertEquals(0, report.peopleUpdated());
        assertEquals(0, report.eventsRecorded());
        assertEquals(eventRows, report.eventsUnchanged());
        assertEquals(rows, lines(export(PeopleImporter.Format.CSV)), "the data is exactly as before");
    }

    @Test
    void anExportImportsAsNewPeopleWithTheSameHistory() {
        List<String> rows = lines(export(PeopleImporter.Format.CSV));
        String copyPrefix = "copy-";
        String copied = rows.get(0) + "\r\n" + rows.stream().skip(1).map(r -> copyPrefix + r)
                .collect(Collectors.joining("\r\n"));
        ImportReport report = importer.importFile("copy.csv", PeopleImporter.Format.CSV,
                new ByteArrayInputStream(copied.getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.accepted(), report.errors().toString());
        long people = rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct().count();
        assertEquals(people, report.peopleCreated());
        Set<String> again = Set.copyOf(lines(export(PeopleImporter.Format.CSV)));
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(again.contains(copyPrefix + row), "round trip of " + row);
        }
    }

    @Test
    void xlsxExportImportsBackUnchanged() {
        byte[] xlsx = export(PeopleImporter.Format.XLSX);
        ImportReport report = importer.importFile("export.xlsx", PeopleImporter.Format.XLSX,
                new ByteArrayInputStream(xlsx));
        assertTrue(report.accepted(), report.errors().toString());
        assertEquals(0, report.peopleCreated());
        assertEquals(0, report.eventsRecorded());
        assertTrue(report.eventsUnchanged() > 10);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeAndEveryBadRowIsReported() {
        String good = f.p + "-new-good";
        String csv = "external_id,full_name,birth_date,gender,event,event_date,organisation_code\r\n"
                + good + ",Người Tốt,1990-01-01,MALE,AWARENESS_CERTIFICATE,2024-01-01,\r\n"
                + f.p + "-bad-date,Ngày Sai,01/02/1990,MALE,,,\r\n"
                + f.p + "-bad-org,Tổ Chức Sai,1990-01-01,FEMALE,CANDIDATE_REGISTRATION,2024-01-01,nowhere\r\n"
                + f.p + "-young,Quá Trẻ,2006-07-01,FEMALE,AWARENESS_CERTIFICATE,2024-01-10,\r\n"
                + f.p + "-young,Quá Trẻ,2006-07-01,FEMALE,ADMISSION,2024-06-30," + f.p + "-B1\r\n";
        ImportReport report = importer.importFile("bad.csv", PeopleImporter.Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertFalse(report.accepted());
        assertEquals(List.of(new ImportError("bad.csv", 3, "birth_date", "Ngày phải ở dạng yyyy-MM-dd (ô văn bản): 01/02/1990"),
                new ImportError("bad.csv", 4, "organisation_code", "Không có tổ chức đảng mã nowhere")),
                report.errors().subList(0, 2));
        assertEquals(3, report.errors().size(), report.errors().toString());
        ImportError age = report.errors().get(2);
        assertEquals(6, age.row());
        assertEquals("event_date", age.column());
        assertTrue(age.reason().contains("17 tuổi 11 tháng"), age.reason());
        assertNull(people.findByExternalId(good), "the good row was rolled back with the file");
    }
}

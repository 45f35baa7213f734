import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import vn.dangbo.portal.api.model.Territory;
import vn.dangbo.portal.api.query.AdmissionDimension;
import vn.dangbo.portal.core.bulkload.RuleSettingsReader;
import vn.dangbo.portal.core.rules.RuleSettings;
import vn.dangbo.portal.core.statistics.SqlAdmissionStatistics;
import vn.dangbo.portal.core.statistics.SqlDirectory;
import vn.dangbo.portal.core.statistics.SqlMemberStatistics;
import vn.dangbo.portal.core.statistics.SqlRatingStatistics;

/**
 * Statistics benchmark (docs/benchmarks.md, "Statistics queries"); a measurement, not a test. Runs the
 * main aggregate questions a program asks, through the same SQL classes as StatisticsQueries, against
 * an already loaded database (deployment/bin/bulk-load), on a READ-ONLY connection: it never writes.
 * Prints, per question, the first (cold) time, the median and the maximum of the following rounds,
 * and the answer's size so a wrong result is visible.
 *
 * <pre>
 * java -cp CLASSPATH platform/core/src/bench/StatisticsBenchmark.java jdbc-url user password [province=hai-phong] [rounds=7]
 * </pre>
 */
public class StatisticsBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StatisticsBenchmark <jdbc-url> <user> <password> [province=hai-phong] [rounds=7]");
            System.exit(2);
        }
        String province = args.length > 3 ? args[3] : "hai-phong";
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 7;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setReadOnly(true);
            RuleSettings rules = RuleSettingsReader.read(c);
            Territory former = Territory.formerProvince(province);
            Territory merged = new Territory(province, Territory.Mode.MERGED_PROVINCE);
            LocalDate end2025 = LocalDate.of(2025, 12, 31);
            LocalDate end2023 = LocalDate.of(2023, 12, 31);
            LocalDate from = LocalDate.of(2021, 1, 1);
            SqlMemberStatistics members = new SqlMemberStatistics(c, former, rules);
            SqlMemberStatistics mergedMembers = new SqlMemberStatistics(c, merged, rules);
            // The merged province (since 1/7/2025) is the one of about 250,000 members.
            SqlAdmissionStatistics admissions = new SqlAdmissionStatistics(c, merged);
            SqlRatingStatistics ratings = new SqlRatingStatistics(c, merged);
            SqlDirectory directory = new SqlDirectory(c, merged);

            System.out.printf(Locale.ROOT, "%s, province %s, %d rounds after a cold run%n", args[0], province, rounds);
            System.out.printf(Locale.ROOT, "%-52s %10s %10s %10s  %s%n", "question", "cold ms", "median ms", "max ms",
                    "answer");
            time("members at 31/12/2025 (former province)", rounds, () -> members.membersAt(end2025));
            time("members at 31/12/2023 (former province)", rounds, () -> members.membersAt(end2023));
            time("members at 31/12/2025 (merged province)", rounds, () -> mergedMembers.membersAt(end2025));
            time("members per committee at 31/12/2025 (drill-down)", rounds,
                    () -> mergedMembers.membersByCommittee(end2025).size() + " committees");
            time("members by occupation at 31/12/2025", rounds,
                    () -> mergedMembers.membersByOccupation(end2025).size() + " keys");
            time("organisations at 31/12/2025 (directory)", rounds,
                    () -> directory.organisations(end2025).size() + " organisations");
            time("admissions 2025", rounds, () -> admissions.count(LocalDate.of(2025, 1, 1), end2025));
            for (AdmissionDimension d : AdmissionDimension.values()) {
                time("admissions 2021-2025 by " + d, rounds, () -> admissions.countBy(from, end2025, d).size() + " keys");
            }
            time("member rating distribution 2024", rounds, () -> ratings.memberRatings(2024).size() + " rows");
            time("organisation ratings 2024", rounds, () -> ratings.organisationRatings(2024).size() + " rows");
            time("exits 2025", rounds, () -> mergedMembers.exits(LocalDate.of(2025, 1, 1), end2025));
            time("probation cohort 2025", rounds, () -> mergedMembers.probationCohort(2025));
            time("task coverage 2025", rounds, () -> mergedMembers.taskCoverage(2025));
        }
    }

    private static void time(String question, int rounds, Callable<Object> query) throws Exception {
        long start = System.nanoTime();
        Object answer = query.call();
        double cold = (System.nanoTime() - start) / 1e6;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            query.call();
            times.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(times);
        String shown = String.valueOf(answer);
        System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f %10.1f  %s%n", question, cold, times.get(times.size() / 2),
                times.get(times.size() - 1), shown.length() > 80 ? shown.substring(0, 80) + "…" : shown);
    }
}

package vn.dangbo.portal.it.programs;

import static vn.dangbo.portal.api.model.OrganisationType.BRANCH;
import static vn.dangbo.portal.api.model.OrganisationType.DIRECT_COMMITTEE;
import static vn.dangbo.portal.api.model.OrganisationType.GRASSROOTS_BRANCH;
import static vn.dangbo.portal.api.model.OrganisationType.GRASSROOTS_COMMITTEE;
import static vn.dangbo.portal.api.model.OrganisationType.PROVINCIAL_COMMITTEE;

import java.time.LocalDate;
import java.util.Map;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.ExitKind;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.PositionKind;
import vn.dangbo.portal.api.model.RatingGrade;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;

/**
 * A small world for the four programs, written the same way into the portal (REST) and into the test
 * kit. Each province's part is shaped so that every indicator of its program has a figure worth
 * checking; the figures computed by hand are in {@link ProgramFiguresIT}. Years evaluated: 2024 and
 * 2025 (the merger year: organisations closed on 30/6/2025 pass their admissions and quotas to their
 * successors, and Sóc Trăng, merged into Cần Thơ, stays outside Cần Thơ's former territory).
 */
final class FourProvinces {

    static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
    static final LocalDate MERGER_EVE = LocalDate.of(2025, 6, 30);
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    void write(ProgramWorld w) {
        canTho(w);
        socTrang(w);
        haiPhong(w);
        khanhHoa(w);
        dongThap(w);
    }

    /**
     * Cần Thơ. Structure: TU ← D1 ← G1 (đảng bộ xã) ← B1 (ấp H1), B2 (khu vực H2), B3 (ấp H3, closed
     * 30/6/2025, successor B1); D1 ← U1 (chi bộ cơ sở of company X, 85 workers in 2025), U2 (of company
     * W, 30 workers). Company Y (55 workers) and household business Z have no party organisation.
     */
    private void canTho(ProgramWorld w) {
        w.province("can-tho");
        long commune = w.area("CT-K1", "Xã Thới An", AreaKind.COMMUNE, null, Map.of(2024, 1000L, 2025, 1000L));
        long h1 = w.area("CT-H1", "Ấp Thới Hòa", AreaKind.HAMLET, commune, Map.of());
        long h2 = w.area("CT-H2", "Khu vực Bình Thường", AreaKind.URBAN_AREA, commune, Map.of());
        long h3 = w.area("CT-H3", "Ấp Thới Thạnh", AreaKind.HAMLET, commune, Map.of());
        long x = w.unit("CT-X", "Công ty TNHH Thủy sản Xuân", UnitKind.PRIVATE_COMPANY, commune,
                Map.of(d("2024-01-01"), 60, d("2025-01-01"), 85));
        long y = w.unit("CT-Y", "Công ty TNHH May Yến", UnitKind.PRIVATE_COMPANY, commune, Map.of(d("2024-01-01"), 55));
        long z = w.unit("CT-Z", "Hộ kinh doanh Dũng", UnitKind.HOUSEHOLD_BUSINESS, commune, Map.of(d("2024-01-01"), 5));
        long wUnit = w.unit("CT-W", "Công ty TNHH Gạo Ánh", UnitKind.PRIVATE_COMPANY, commune,
                Map.of(d("2024-01-01"), 30));
        w.unit("CT-S", "Trường tư thục Ánh Dương", UnitKind.PRIVATE_SCHOOL, commune, Map.of(d("2024-01-01"), 70));

        long tu = w.organisation("CT-TU", "Đảng bộ thành phố Cần Thơ", PROVINCIAL_COMMITTEE, Sector.OTHER, null, null, SINCE);
        long d1 = w.organisation("CT-D1", "Đảng bộ quận Ô Môn", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long g1 = w.organisation("CT-G1", "Đảng bộ xã Thới An", GRASSROOTS_COMMITTEE, Sector.RESIDENTIAL, d1, null, SINCE);
        long b1 = w.organisation("CT-B1", "Chi bộ ấp Thới Hòa", BRANCH, Sector.RESIDENTIAL, g1, null, SINCE, h1);
        long b2 = w.organisation("CT-B2", "Chi bộ khu vực Bình Thường", BRANCH, Sector.RESIDENTIAL, g1, null, SINCE, h2);
        long b3 = w.organisation("CT-B3", "Chi bộ ấp Thới Thạnh", BRANCH, Sector.RESIDENTIAL, g1, null, SINCE, h3);
        long u1 = w.organisation("CT-U1", "Chi bộ Công ty Thủy sản Xuân", GRASSROOTS_BRANCH, Sector.PRIVATE_ENTERPRISE,
                d1, x, SINCE);
        long u2 = w.organisation("CT-U2", "Chi bộ Công ty Gạo Ánh", GRASSROOTS_BRANCH, Sector.PRIVATE_ENTERPRISE, d1,
                wUnit, SINCE);
        w.close(b3, MERGER_EVE, b1);

        long m1 = member(w, "Nguyễn Văn Một", "1970-01-01", b1, h1);
        long m2 = member(w, "Trần Văn Hai", "1972-01-01", b2, h2);
        long m3 = member(w, "Lê Văn Ba", "1975-01-01", u1, h1);
        long m4 = member(w, "Phạm Văn Bốn", "1960-01-01", b2, h2);
        w.exit(m4, d("2025-05-01"), ExitKind.DEATH);
        // Admitted 2024: a0 never recognised (overdue in 2025), a1 recognised on time.
        long a0 = w.person("Huỳnh Thị Không", d("1990-01-01"), null, h2);
        w.admitted(a0, d("2024-01-10"), b2);
        w.ceremony(a0, d("2024-01-20"));
        long a1 = w.person("Võ Thị Mười Một", d("2000-06-15"), null, h1);
        w.admitted(a1, d("2024-04-01"), b1);
        w.ceremony(a1, d("2024-04-20"));
        w.recognition(a1, d("2025-04-25"));
        // Admitted 2025: a2 by B3 before its closure (passes to B1), a3 by B2 at 30y11m (youth), a4 at 31y0m
        // and a5 by U1 (company X: 2 of the 3 required), a6 by U2 (company W: 1 of 1).
        long a2 = w.person("Đặng Văn Hai Mươi", d("1990-02-02"), null, h3);
        w.admitted(a2, d("2025-03-01"), b3);
        long a3 = w.person("Bùi Thị Ba Mươi", d("1994-08-02"), null, h2);
        w.admitted(a3, d("2025-08-01"), b2);
        long a4 = w.person("Ngô Văn Ba Mốt", d("1994-08-01"), null, h1);
        w.occupation(a4, Occupation.COMPANY_WORKER, x, d("2020-01-01"));
        w.admitted(a4, d("2025-08-01"), u1);
        long a5 = w.person("Dương Thị Năm", d("2001-01-01"), null, h1);
        w.occupation(a5, Occupation.COMPANY_WORKER, x, d("2020-01-01"));
        w.admitted(a5, d("2025-09-01"), u1);
        long a6 = w.person("Hồ Văn Sáu", d("1980-01-01"), null, h2);
        w.occupation(a6, Occupation.COMPANY_WORKER, wUnit, d("2020-01-01"));
        w.admitted(a6, d("2025-10-01"), u2);
        // Workers living in the branches' areas, employed where there is no party organisation: w1 (of B2's
        // khu vực, household business Z) was introduced by B2 in 2025; w2 (of B1's ấp, company Y) by nobody.
        long w1 = w.person("Mai Văn Thợ", d("1998-01-01"), null, h2);
        w.occupation(w1, Occupation.HOUSEHOLD_BUSINESS_WORKER, z, d("2020-01-01"));
        w.candidacy(w1, d("2025-05-01"), b2);
        long w2 = w.person("Lý Thị Công", d("1997-01-01"), null, h1);
        w.occupation(w2, Occupation.COMPANY_WORKER, y, d("2020-01-01"));

        // Area posts: H1 head m1 (member), H2 head w1 (not a member), H3 vacant; Front heads: H1 m2, H2 m4
        // (died 2025: not a member on 31/12/2025), H3 vacant.
        w.position(h1, PositionKind.AREA_HEAD, m1, d("2020-01-01"));
        w.position(h2, PositionKind.AREA_HEAD, w1, d("2020-01-01"));
        w.position(h1, PositionKind.FRONT_COMMITTEE_HEAD, m2, d("2020-01-01"));
        w.position(h2, PositionKind.FRONT_COMMITTEE_HEAD, m4, d("2020-01-01"));

        // Grassroots ratings: 2024 G1 good, U1 excellent, U2 completed (2 of 3); 2025 G1 excellent, U1 good (2 of 2).
        w.organisationRating(g1, 2024, RatingGrade.GOOD);
        w.organisationRating(u1, 2024, RatingGrade.EXCELLENT);
        w.organisationRating(u2, 2024, RatingGrade.COMPLETED);
        w.organisationRating(g1, 2025, RatingGrade.EXCELLENT);
        w.organisationRating(u1, 2025, RatingGrade.GOOD);
        // Members: 2024 m1 excellent, m2 good, m3 completed, m4 good (3 of 4); 2025 m1 good, m2 completed,
        // m3 excellent, a1 good, a0 not completed (3 of 5).
        w.memberRating(g1, 2024, m1, RatingGrade.EXCELLENT);
        w.memberRating(g1, 2024, m2, RatingGrade.GOOD);
        w.memberRating(u1, 2024, m3, RatingGrade.COMPLETED);
        w.memberRating(g1, 2024, m4, RatingGrade.GOOD);
        w.memberRating(g1, 2025, m1, RatingGrade.GOOD);
        w.memberRating(g1, 2025, m2, RatingGrade.COMPLETED);
        w.memberRating(u1, 2025, m3, RatingGrade.EXCELLENT);
        w.memberRating(g1, 2025, a1, RatingGrade.GOOD);
        w.memberRating(g1, 2025, a0, RatingGrade.NOT_COMPLETED);
    }

    /** Sóc Trăng, merged into Cần Thơ on 1/7/2025: outside Cần Thơ's former territory (the default reading). */
    private void socTrang(ProgramWorld w) {
        w.province("soc-trang");
        long tu = w.organisation("ST-TU", "Đảng bộ tỉnh Sóc Trăng", PROVINCIAL_COMMITTEE, Sector.OTHER, null, null, SINCE);
        long d1 = w.organisation("ST-D1", "Đảng bộ thị xã Vĩnh Châu", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long b1 = w.organisation("ST-B1", "Chi bộ khóm Vĩnh Phước", GRASSROOTS_BRANCH, Sector.STATE_AGENCY, d1, null, SINCE);
        member(w, "Thạch Văn Sa", "1970-01-01", b1, null);
        long s1 = w.person("Lâm Thị Sương", d("1999-09-09"), null, null);
        w.admitted(s1, d("2025-02-01"), b1);
    }

    /**
     * Hải Phòng. TU ← HD1 ← HB1; HD2 (closed 30/6/2025, successor HC1) ← HB2 (closed 30/6/2025, successor
     * HB3); HC1 (from 1/7/2025) ← HB3; HD3 ← HB4.
     */
    private void haiPhong(ProgramWorld w) {
        w.province("hai-phong");
        long tu = w.organisation("HP-TU", "Đảng bộ thành phố Hải Phòng", PROVINCIAL_COMMITTEE, Sector.OTHER, null, null, SINCE);
        long hd1 = w.organisation("HP-D1", "Đảng bộ quận Lê Chân", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long hd2 = w.organisation("HP-D2", "Đảng bộ huyện An Lão", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long hc1 = w.organisation("HP-C1", "Đảng bộ xã An Lão", DIRECT_COMMITTEE, Sector.OTHER, tu, null, MERGER);
        long hd3 = w.organisation("HP-D3", "Đảng bộ quận Hải An", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long hb1 = w.organisation("HP-B1", "Chi bộ Trường Đại học Hàng Hải", GRASSROOTS_BRANCH, Sector.PUBLIC_SERVICE,
                hd1, null, SINCE);
        long hb2 = w.organisation("HP-B2", "Chi bộ Ủy ban huyện An Lão", GRASSROOTS_BRANCH, Sector.STATE_AGENCY, hd2,
                null, SINCE);
        long hb3 = w.organisation("HP-B3", "Chi bộ Ủy ban xã An Lão", GRASSROOTS_BRANCH, Sector.STATE_AGENCY, hc1, null,
                MERGER);
        long hb4 = w.organisation("HP-B4", "Chi bộ phường Đằng Hải", GRASSROOTS_BRANCH, Sector.RESIDENTIAL, hd3, null,
                SINCE);
        w.close(hb2, MERGER_EVE, hb3);
        w.close(hd2, MERGER_EVE, hc1);

        member(w, "Phạm Văn Cảng", "1970-01-01", hb1, null);
        member(w, "Vũ Thị Biển", "1972-01-01", hb4, null);
        member(w, "Đỗ Văn Đồ", "1975-01-01", hb2, null);
        long h0 = w.person("Nguyễn Thị Học", d("2005-03-03"), null, null);
        w.occupation(h0, Occupation.PUPIL, null, d("2020-01-01"));
        w.admitted(h0, d("2024-05-01"), hb4);
        long h1 = w.person("Trần Văn Sinh", d("2003-01-01"), null, null);
        w.occupation(h1, Occupation.STUDENT, null, d("2021-09-01"));
        w.admitted(h1, d("2025-04-01"), hb1);
        long h2 = w.person("Lê Văn Thợ", d("1990-01-01"), "Công giáo", null);
        w.occupation(h2, Occupation.COMPANY_WORKER, null, d("2015-01-01"));
        w.admitted(h2, d("2025-05-01"), hb1);
        long h3 = w.person("Hoàng Thị Hộ", d("1992-01-01"), null, null);
        w.occupation(h3, Occupation.HOUSEHOLD_BUSINESS_WORKER, null, d("2015-01-01"));
        w.admitted(h3, d("2025-03-01"), hb2);
        long h4 = w.person("Vũ Văn Quốc", d("1988-01-01"), "Phật giáo", null);
        w.occupation(h4, Occupation.STATE_ENTERPRISE_WORKER, null, d("2015-01-01"));
        // Registered by HB2 before the merger, admitted by its successor HB3.
        w.candidacy(h4, d("2025-01-01"), hb2);
        w.certificate(h4, d("2025-03-01"));
        w.admission(h4, d("2025-09-01"), hb3);

        // Plans: 2024 HD1, HD2, HD3 with quota 1 each; 2025 HD1 quota 2, HD2 quota 1 (passes to HC1), HC1 quota 2.
        w.yearPlan(hd1, 2024, 1);
        w.yearPlan(hd2, 2024, 1);
        w.yearPlan(hd3, 2024, 1);
        w.yearPlan(hd1, 2025, 2);
        w.yearPlan(hd2, 2025, 1);
        w.yearPlan(hc1, 2025, 2);

        // Trained candidates who moved in 2025: k1 (notified, acknowledged), k2 (no notice); k3 has no
        // certificate and k4's dates from 2018 (expired after 5 years): neither counts.
        long k1 = candidate(w, "Phan Văn Chuyển", "2000-01-01", "2024-01-10", hb1);
        long move1 = w.candidateMove(k1, hb1, "Đảng ủy phường Láng, Hà Nội", d("2025-03-01"));
        w.notice(move1, hb1, d("2025-03-05"), d("2025-03-20"));
        long k2 = candidate(w, "Tạ Thị Đi", "2001-01-01", "2024-02-01", hb2);
        w.candidateMove(k2, hb2, "Đảng ủy xã Hòa Bình, Hà Nội", d("2025-04-01"));
        long k3 = w.person("Kiều Văn Chưa", d("2002-01-01"), null, null);
        w.candidacy(k3, d("2024-06-01"), hb1);
        w.candidateMove(k3, hb1, "Thành phố Hồ Chí Minh", d("2025-05-01"));
        long k4 = candidate(w, "Lạc Thị Cũ", "1995-01-01", "2018-01-01", hb1);
        w.candidateMove(k4, hb1, "Thành phố Huế", d("2025-06-01"));
    }

    /**
     * Khánh Hòa. TU ← KD1 ← KG1 (đảng bộ xã) ← KB1 (thôn V1), KB2 (thôn V2 and tổ dân phố T1 together);
     * TU ← KD2 ← KU2 (chi bộ cơ sở of company P2). Tổ dân phố T2 has no branch. Private school P1,
     * company P2, household business P3.
     */
    private void khanhHoa(ProgramWorld w) {
        w.province("khanh-hoa");
        long commune = w.area("KH-K1", "Xã Cam Hải Đông", AreaKind.COMMUNE, null, Map.of());
        long v1 = w.area("KH-V1", "Thôn Thủy Triều", AreaKind.VILLAGE, commune, Map.of());
        long v2 = w.area("KH-V2", "Thôn Bãi Giếng", AreaKind.VILLAGE, commune, Map.of());
        long t1 = w.area("KH-T1", "Tổ dân phố Hòn Chồng", AreaKind.STREET_GROUP, commune, Map.of());
        long t2 = w.area("KH-T2", "Tổ dân phố Vĩnh Phước", AreaKind.STREET_GROUP, commune, Map.of());
        long p1 = w.unit("KH-P1", "Trường tư thục Hoa Sen", UnitKind.PRIVATE_SCHOOL, commune, Map.of());
        long p2 = w.unit("KH-P2", "Công ty TNHH Yến Sào", UnitKind.PRIVATE_COMPANY, commune, Map.of(d("2020-01-01"), 40));
        w.unit("KH-P3", "Hộ kinh doanh Nha Trang", UnitKind.HOUSEHOLD_BUSINESS, commune, Map.of());

        long tu = w.organisation("KH-TU", "Đảng bộ tỉnh Khánh Hòa", PROVINCIAL_COMMITTEE, Sector.OTHER, null, null, SINCE);
        long kd1 = w.organisation("KH-D1", "Đảng bộ huyện Cam Lâm", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long kd2 = w.organisation("KH-D2", "Đảng bộ Khối doanh nghiệp", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long kg1 = w.organisation("KH-G1", "Đảng bộ xã Cam Hải Đông", GRASSROOTS_COMMITTEE, Sector.RESIDENTIAL, kd1, null,
                SINCE);
        long kb1 = w.organisation("KH-B1", "Chi bộ thôn Thủy Triều", BRANCH, Sector.RESIDENTIAL, kg1, null, SINCE, v1);
        long kb2 = w.organisation("KH-B2", "Chi bộ thôn Bãi Giếng – Hòn Chồng", BRANCH, Sector.RESIDENTIAL, kg1, null,
                SINCE, v2, t1);
        long ku2 = w.organisation("KH-U2", "Chi bộ Công ty Yến Sào", GRASSROOTS_BRANCH, Sector.PRIVATE_ENTERPRISE, kd2, p2,
                SINCE);

        long km1 = member(w, "Nguyễn Văn Thủy", "1975-01-01", kb1, v1);
        w.occupation(km1, Occupation.TEACHER, p1, d("2025-01-01"));
        long km2 = member(w, "Trần Thị Yến", "1980-01-01", ku2, v2);
        w.occupation(km2, Occupation.COMPANY_WORKER, p2, d("2020-01-01"));
        long km3 = member(w, "Lê Văn Chồng", "1978-01-01", kb2, t1);
        long kw = w.person("Phạm Văn Giếng", d("1970-01-01"), null, v2);
        // Heads: V1 km1 (member), V2 kw (not), T1 km3 from 2025 (vacant before), T2 vacant (left out).
        w.position(v1, PositionKind.AREA_HEAD, km1, d("2020-01-01"));
        w.position(v2, PositionKind.AREA_HEAD, kw, d("2020-01-01"));
        w.position(t1, PositionKind.AREA_HEAD, km3, d("2025-02-01"));

        long k2021 = w.person("Võ Thị Hai Mốt", d("1995-05-05"), null, v1);
        w.admitted(k2021, d("2021-06-01"), kb1);
        long ka0 = w.person("Đinh Văn Không", d("2000-01-01"), null, v1);
        w.admitted(ka0, d("2024-05-01"), kb1);
        // 2025: ka1 at 30y11m (youth, born 10/3/1994, decided 10/2/2025), ka2 at 31y0m (not), ka3 at 20, ka4 at 45.
        long ka1 = w.person("Huỳnh Văn Mười Một", d("1994-03-10"), null, v2);
        w.admitted(ka1, d("2025-02-10"), kb2);
        long ka2 = w.person("Hà Thị Ba Mốt", d("1994-02-10"), null, v2);
        w.admitted(ka2, d("2025-02-10"), kb2);
        long ka3 = w.person("Lương Văn Hai Mươi", d("2005-01-01"), null, t1);
        w.admitted(ka3, d("2025-06-01"), kb2);
        long ka4 = w.person("Quách Thị Bốn Lăm", d("1980-01-01"), null, v2);
        w.admitted(ka4, d("2025-07-01"), ku2);

        w.termPlan(kd1, 2021, 2025, 10);
    }

    /**
     * Đồng Tháp. TU ← DD1 ← DG1 (đảng bộ xã) ← DB1 (ấp DH1), DB2 (khóm DH2), DB3 (ấp DH3); TU ← DD2 ← DB4
     * (chi bộ cơ sở of an agency). Population of the commune: 500 in 2024 and 2025.
     */
    private void dongThap(ProgramWorld w) {
        w.province("dong-thap");
        long commune = w.area("DT-K1", "Xã Mỹ Hiệp", AreaKind.COMMUNE, null, Map.of(2024, 500L, 2025, 500L));
        long dh1 = w.area("DT-H1", "Ấp Mỹ Thạnh", AreaKind.HAMLET, commune, Map.of());
        long dh2 = w.area("DT-H2", "Khóm Mỹ Phú", AreaKind.URBAN_HAMLET, commune, Map.of());
        long dh3 = w.area("DT-H3", "Ấp Mỹ Đông", AreaKind.HAMLET, commune, Map.of());

        long tu = w.organisation("DT-TU", "Đảng bộ tỉnh Đồng Tháp", PROVINCIAL_COMMITTEE, Sector.OTHER, null, null, SINCE);
        long dd1 = w.organisation("DT-D1", "Đảng bộ huyện Cao Lãnh", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long dd2 = w.organisation("DT-D2", "Đảng bộ Khối cơ quan", DIRECT_COMMITTEE, Sector.OTHER, tu, null, SINCE);
        long dg1 = w.organisation("DT-G1", "Đảng bộ xã Mỹ Hiệp", GRASSROOTS_COMMITTEE, Sector.RESIDENTIAL, dd1, null, SINCE);
        long db1 = w.organisation("DT-B1", "Chi bộ ấp Mỹ Thạnh", BRANCH, Sector.RESIDENTIAL, dg1, null, SINCE, dh1);
        long db2 = w.organisation("DT-B2", "Chi bộ khóm Mỹ Phú", BRANCH, Sector.RESIDENTIAL, dg1, null, SINCE, dh2);
        long db3 = w.organisation("DT-B3", "Chi bộ ấp Mỹ Đông", BRANCH, Sector.RESIDENTIAL, dg1, null, SINCE, dh3);
        long db4 = w.organisation("DT-B4", "Chi bộ Sở Nông nghiệp", GRASSROOTS_BRANCH, Sector.STATE_AGENCY, dd2, null, SINCE);

        // dm1 born 1986-06-01 (39 on 31/12/2025), dm2 born 1985-12-31 (40 on 31/12/2025, 39 in 2024).
        long dm1 = member(w, "Nguyễn Văn Thạnh", "1986-06-01", db1, dh1);
        long dm2 = member(w, "Trần Văn Phú", "1985-12-31", db2, dh2);
        long dm3 = member(w, "Lê Thị Đông", "1980-01-01", db2, dh2);
        long dm4 = member(w, "Phạm Văn Mỹ", "1990-01-01", db3, dh3);
        long dm5 = member(w, "Võ Văn Hiệp", "1970-01-01", dg1, dh3);
        long dn1 = member(w, "Huỳnh Thị Nông", "1975-01-01", db4, null);
        long away = member(w, "Đặng Văn Xa", "1985-01-01", db4, null);
        long dl = member(w, "Bùi Văn Rời", "1980-01-01", db4, null);
        long dx = member(w, "Mai Văn Xóa", "1980-01-01", db4, null);
        long dy = member(w, "Đoàn Văn Khai", "1980-01-01", db4, null);
        long dz = member(w, "Tô Văn Mất", "1940-01-01", db4, null);
        long da0 = w.person("Lý Thị Dự", d("1995-01-01"), null, null);
        w.admitted(da0, d("2024-01-15"), db4);
        w.ceremony(da0, d("2024-02-01"));
        long da1 = w.person("Châu Văn Mới", d("1999-01-01"), null, null);
        w.admitted(da1, d("2025-03-01"), db4);
        long da2 = w.person("Kha Thị Mới", d("2001-01-01"), null, dh1);
        w.admitted(da2, d("2025-05-01"), db1);

        // Exits: dl left at own request 2024; 2025: dx removed, dy expelled, da0 failed probation (a removal),
        // dz died (not counted).
        w.exit(dl, d("2024-08-01"), ExitKind.LEFT_AT_OWN_REQUEST);
        w.exit(dx, d("2025-04-01"), ExitKind.REMOVAL);
        w.exit(dy, d("2025-05-01"), ExitKind.EXPULSION);
        w.failedProbation(da0, d("2025-03-01"));
        w.exit(dz, d("2025-06-01"), ExitKind.DEATH);

        // Committees: DB1 {dm1}, DB2 {dm2, dm3}, DB3 {dm4}, DG1 {dm5, dm1}.
        LocalDate seated = d("2020-01-01");
        w.seat(db1, dm1, true, seated);
        w.seat(db2, dm2, true, seated);
        w.seat(db2, dm3, false, seated);
        w.seat(db3, dm4, true, seated);
        w.seat(dg1, dm5, true, seated);
        w.seat(dg1, dm1, false, seated);
        w.training(dm1, d("2024-03-01"));
        w.training(dm1, d("2025-03-01"));
        w.training(dm2, d("2025-04-01"));
        w.training(dm3, d("2024-04-01"));
        w.training(dm4, d("2025-05-01"));
        w.training(dm5, d("2024-05-01"));
        w.training(dm5, d("2025-05-01"));
        // Heads: DH1 dm1 (DB1's secretary), DH2 dm2 (DB2's secretary), DH3 dm5 (not DB3's secretary).
        w.position(dh1, PositionKind.AREA_HEAD, dm1, seated);
        w.position(dh2, PositionKind.AREA_HEAD, dm2, seated);
        w.position(dh3, PositionKind.AREA_HEAD, dm5, seated);

        for (long member : new long[] {dm1, dm2, dm3, dn1, away}) {
            w.task(member, 2025, db4);
        }
        w.task(dm1, 2024, db1);

        // Away: "away" flagged from 2024, requests 2024-06-01 and 2025-02-01; dq flagged in 2024 only, request
        // 2024-07-01.
        w.away(away, d("2024-03-01"), null);
        w.leaveRequest(away, d("2024-06-01"));
        w.leaveRequest(away, d("2025-02-01"));
        long dq = member(w, "Lâm Văn Đi", "1985-01-01", db4, null);
        w.away(dq, d("2024-01-01"), d("2024-12-31"));
        w.leaveRequest(dq, d("2024-07-01"));

        // Quotas 2025: DD1 2, DD2 1; a term plan of DD1 for 2021-2025 (drill-down only).
        w.yearPlan(dd1, 2025, 2);
        w.yearPlan(dd2, 2025, 1);
        w.termPlan(dd1, 2021, 2025, 5);
    }

    /** A member since 2010 (a permanent transfer in, as for a member admitted before the records start). */
    private static long member(ProgramWorld w, String name, String born, long organisation, Long residence) {
        long person = w.person(name, d(born), null, residence);
        w.transferIn(person, d("2010-01-01"), organisation);
        return person;
    }

    /** A candidate registered by an organisation who holds an awareness certificate but was never admitted. */
    private static long candidate(ProgramWorld w, String name, String born, String certificate, long organisation) {
        long person = w.person(name, d(born), null, null);
        w.candidacy(person, d(certificate).minusMonths(2), organisation);
        w.certificate(person, d(certificate));
        return person;
    }
}

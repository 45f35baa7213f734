package vn.dangbo.portal.datagen.internal;

import static vn.dangbo.portal.datagen.internal.Timeline.LAST_BEFORE_MERGER;
import static vn.dangbo.portal.datagen.internal.Timeline.MERGER;
import static vn.dangbo.portal.datagen.internal.Timeline.ORIGIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.model.UnitKind;

/**
 * Builds the structure of one merged province: before 1/7/2025 province → districts → communes →
 * residential areas, with district committees, commune committees and their branches, plus the
 * province's agency, enterprise, police and military committees; from 1/7/2025 the merged commune
 * committees directly under the province, every branch that moved reopened under its new parent with
 * the old one closed and its successor recorded. Sizes scale with the scale factor but keep a minimum
 * so the smallest scale still has every kind of organisation.
 */
final class StructureBuilder {

    /** Members grow about 2 % a year (admissions minus losses): 2016 members = 2025 members / this. */
    static final double GROWTH_2016_2025 = 1.22;
    private static final double COMMUNE_SHARE = 0.55;
    private static final double DISTRICT_SHARE = 0.15;
    private static final double BLOC_SHARE = 0.30;

    private static final List<String> DEPARTMENTS = List.of("Văn phòng Tỉnh ủy", "Sở Tài chính",
            "Sở Giáo dục và Đào tạo", "Bệnh viện Đa khoa", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Tư pháp",
            "Sở Nội vụ", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông",
            "Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
            "Trường Chính trị", "Kho bạc Nhà nước", "Cục Thuế", "Bảo hiểm xã hội");
    private static final List<String> TRADES = List.of("Thủy sản", "May mặc", "Xây dựng", "Cơ khí", "Thực phẩm",
            "Vận tải", "Nông sản", "Điện tử", "Bao bì", "Thương mại", "Gỗ", "Dược phẩm");

    private final long seed;
    private final double scale;
    private final ProvinceStructure st;
    /** Committees with the branch their seats are drawn from (its first branch). */
    private final List<OrgNode[]> corePools = new ArrayList<>();
    /** Lookup only: residential areas of each commune. */
    private final Map<AreaNode, List<AreaNode>> areasOfCommune = new HashMap<>();
    private final AreaNode provinceArea;
    private final OrgNode provinceCommittee;
    private Blocs mainBlocs;

    private StructureBuilder(long seed, double scale, ProvinceProfile main, List<ProvinceProfile> merged) {
        this.seed = seed;
        this.scale = scale;
        List<ProvinceProfile> all = new ArrayList<>();
        all.add(main);
        all.addAll(merged);
        this.st = new ProvinceStructure(main, all);
        this.provinceArea = st.add(new AreaNode("A." + main.code(), provinceTitle(main), AreaKind.PROVINCE, null,
                main.code(), ORIGIN, null));
        this.provinceCommittee = st.add(new OrgNode("O." + main.code(), "Đảng bộ " + lower(provinceTitle(main)),
                OrganisationType.PROVINCIAL_COMMITTEE, Sector.OTHER, null, main.code(), ORIGIN, null,
                List.of(provinceArea), null));
    }

    static ProvinceStructure build(long seed, double scale, ProvinceProfile main, List<ProvinceProfile> merged) {
        StructureBuilder builder = new StructureBuilder(seed, scale, main, merged);
        // The program province's own committees continue through the merger; the others close into them.
        builder.mainBlocs = builder.blocsOf(main, builder.provinceCommittee, true);
        List<ProvinceData> data = new ArrayList<>();
        for (ProvinceProfile profile : builder.st.profiles) {
            data.add(builder.buildProvince(profile));
        }
        builder.merge(data);
        builder.finishPools();
        return builder.st;
    }

    // ------------------------------------------------------------------ before the merger

    private record District(AreaNode area, OrgNode committee, List<AreaNode> communes, List<OrgNode> communeCommittees) {
    }

    private record ProvinceData(ProvinceProfile profile, List<District> districts, Blocs blocs) {
    }

    private record Blocs(OrgNode agency, OrgNode enterprise, OrgNode police, OrgNode military) {
    }

    private ProvinceData buildProvince(ProvinceProfile p) {
        boolean isMain = p.isProgramProvince();
        AreaNode pArea = provinceArea;
        OrgNode pOrg = provinceCommittee;
        if (!isMain) {
            pArea = st.add(new AreaNode("A." + p.code(), provinceTitle(p), AreaKind.PROVINCE, null, p.code(), ORIGIN,
                    LAST_BEFORE_MERGER));
            pArea.successor = provinceArea;
            pOrg = st.add(new OrgNode("O." + p.code(), "Đảng bộ " + lower(provinceTitle(p)),
                    OrganisationType.PROVINCIAL_COMMITTEE, Sector.OTHER, null, p.code(), ORIGIN, LAST_BEFORE_MERGER,
                    List.of(pArea), null));
            pOrg.successor = provinceCommittee;
        }
        double members2016 = p.members2025() * scale / GROWTH_2016_2025;
        int districtCount = clamp((int) Math.round(p.districts().size() * Math.sqrt(scale)), 2, p.districts().size());
        int communeCount = Math.max(districtCount, (int) Math.round(p.communes() * scale));
        double perCommune = COMMUNE_SHARE * members2016 / communeCount;
        double perDistrict = DISTRICT_SHARE * members2016 / districtCount;
        Rng rng = Rng.of(seed, "structure:" + p.code());

        List<District> districts = new ArrayList<>();
        for (int d = 0; d < districtCount; d++) {
            String dName = p.districts().get(d);
            String dCode = p.code() + ".D" + two(d + 1);
            AreaNode dArea = st.add(new AreaNode("A." + dCode, dName, AreaKind.DISTRICT, pArea, p.code(), ORIGIN,
                    LAST_BEFORE_MERGER));
            OrgNode dOrg = st.add(new OrgNode("O." + dCode, "Đảng bộ " + lower(dName),
                    OrganisationType.DIRECT_COMMITTEE, Sector.OTHER, pOrg, p.code(), ORIGIN, LAST_BEFORE_MERGER,
                    List.of(dArea), null));
            districts.add(new District(dArea, dOrg, new ArrayList<>(), new ArrayList<>()));
        }
        for (int c = 0; c < communeCount; c++) {
            District district = districts.get(c % districtCount);
            buildCommune(p, district, district.communes().size() + 1, perCommune * rng.uniform(0.75, 1.25), rng);
        }
        for (District district : districts) {
            buildDistrictOrganisations(p, district, perDistrict);
        }
        Blocs blocs = isMain ? mainBlocs : blocsOf(p, pOrg, false);
        buildBlocContents(p, blocs, BLOC_SHARE * members2016, districts.get(0).communes().get(0), rng);
        return new ProvinceData(p, districts, blocs);
    }

    private void buildCommune(ProvinceProfile p, District district, int index, double members, Rng rng) {
        String dName = district.area().name;
        boolean urbanDistrict = dName.startsWith("Quận") || dName.startsWith("Thành phố") || dName.startsWith("Thị xã");
        boolean ward = dName.startsWith("Quận") || (urbanDistrict && rng.chance(0.6));
        boolean townlet = !ward && !urbanDistrict && index == 1;
        String place = VietnameseNames.placeName(rng, p.mekong());
        String title;
        if (ward) {
            title = p.mekong() && !p.isProgramProvince() && rng.chance(0.5) ? "Phường " + index : "Phường " + place;
        } else {
            title = (townlet ? "Thị trấn " : "Xã ") + place;
        }
        String cCode = district.area().code.substring(2) + ".C" + two(index);
        AreaNode commune = st.add(new AreaNode("A." + cCode, title, ward || townlet ? AreaKind.WARD : AreaKind.COMMUNE,
                district.area(), p.code(), ORIGIN, LAST_BEFORE_MERGER));
        district.communes().add(commune);
        OrgNode cOrg = st.add(new OrgNode("O." + cCode, "Đảng bộ " + lower(title),
                OrganisationType.GRASSROOTS_COMMITTEE, Sector.RESIDENTIAL, district.committee(), p.code(), ORIGIN,
                LAST_BEFORE_MERGER, List.of(commune), null));
        district.communeCommittees().add(cOrg);

        AreaKind residentialKind = ward ? (p.mekong() ? (p.urbanAreasAreKhuVuc() ? AreaKind.URBAN_AREA
                : AreaKind.URBAN_HAMLET) : AreaKind.STREET_GROUP)
                : townlet ? (p.mekong() ? AreaKind.URBAN_HAMLET : AreaKind.STREET_GROUP)
                : (p.mekong() ? AreaKind.HAMLET : AreaKind.VILLAGE);
        int hamlets = clamp((int) Math.round(0.68 * members / 32), 2, 14);
        List<AreaNode> areas = new ArrayList<>();
        for (int h = 1; h <= hamlets; h++) {
            AreaNode area = st.add(new AreaNode("A." + cCode + ".H" + two(h), residentialName(residentialKind, h, rng,
                    p.mekong()), residentialKind, commune, p.code(), ORIGIN, LAST_BEFORE_MERGER));
            area.weight = rng.uniform(0.6, 1.4);
            areas.add(area);
        }
        areasOfCommune.put(commune, areas);

        // Units of the commune: private companies, household businesses, now and then a private school.
        List<UnitNode> withoutOrg = new ArrayList<>();
        List<UnitNode> households = new ArrayList<>();
        int companies = rng.between(1, 4);
        for (int u = 1; u <= companies; u++) {
            UnitNode unit = unit(p, commune, cCode + ".U" + two(u), UnitKind.PRIVATE_COMPANY,
                    "Công ty TNHH " + rng.pick(TRADES) + " " + VietnameseNames.placeName(rng, p.mekong()),
                    rng.logNormal(28, 0.9), rng);
            double orgChance = unit.workers[0] >= 100 ? 0.8 : unit.workers[0] >= 50 ? 0.6 : unit.workers[0] >= 30 ? 0.3
                    : 0.04;
            if (unit.openThroughout() && rng.chance(orgChance)) {
                unitBranch(p, district.committee(), unit, PoolKind.PRIVATE_COMPANY, "Chi bộ " + unit.name, rng);
            } else if (unit.openThroughout()) {
                withoutOrg.add(unit);
            }
        }
        int householdCount = rng.between(2, 4);
        for (int u = 1; u <= householdCount; u++) {
            String[] owner = VietnameseNames.personName(rng, rng.chance(0.5)
                    ? vn.dangbo.portal.datagen.record.Gender.MALE : vn.dangbo.portal.datagen.record.Gender.FEMALE,
                    1975, p.mekong(), null);
            UnitNode unit = unit(p, commune, cCode + ".U" + two(10 + u), UnitKind.HOUSEHOLD_BUSINESS,
                    "Hộ kinh doanh " + VietnameseNames.fullName(owner), rng.uniform(2, 12), rng);
            if (unit.openThroughout()) {
                withoutOrg.add(unit);
                households.add(unit);
            }
        }
        if (rng.chance(0.3)) {
            UnitNode school = unit(p, commune, cCode + ".U20", UnitKind.PRIVATE_SCHOOL,
                    "Trường Mầm non tư thục " + VietnameseNames.placeName(rng, p.mekong()), rng.uniform(12, 60), rng);
            if (school.openThroughout() && rng.chance(0.35)) {
                unitBranch(p, district.committee(), school, PoolKind.PRIVATE_SCHOOL, "Chi bộ " + school.name, rng);
            }
        }

        String suffix = title.substring(title.indexOf(' ') + 1);
        String level = lower(title.substring(0, title.indexOf(' ')));
        OrgNode agency = branch(cOrg, cCode + ".B01", "Chi bộ Cơ quan " + level + " " + suffix,
                Sector.STATE_AGENCY, List.of());
        pool(agency, PoolKind.COMMUNE_AGENCY, p, members * 0.12, List.of(), areas, List.of(), List.of());
        corePools.add(new OrgNode[] {cOrg, agency});
        OrgNode police = branch(cOrg, cCode + ".B02", "Chi bộ Công an " + level + " " + suffix,
                Sector.ARMED_FORCES, List.of());
        pool(police, PoolKind.COMMUNE_POLICE, p, members * 0.06, List.of(), areas, List.of(), List.of());
        OrgNode school = branch(cOrg, cCode + ".B03", "Chi bộ Trường Trung học cơ sở " + suffix,
                Sector.PUBLIC_SCHOOL, List.of());
        pool(school, PoolKind.COMMUNE_SCHOOL, p, members * 0.10, List.of(), areas, List.of(), List.of());
        if (members >= 150) {
            OrgNode health = branch(cOrg, cCode + ".B04", "Chi bộ Trạm Y tế " + suffix, Sector.PUBLIC_SERVICE,
                    List.of());
            pool(health, PoolKind.HEALTH, p, members * 0.04, List.of(), areas, List.of(), List.of());
        }
        double residentialMembers = 0.68 * members / hamlets;
        int b = 10;
        for (int h = 0; h < areas.size(); h++) {
            // A few branches serve two areas, so "independent branch" is not always 100 %.
            boolean pair = h + 1 < areas.size() && rng.chance(0.07);
            List<AreaNode> served = pair ? List.of(areas.get(h), areas.get(h + 1)) : List.of(areas.get(h));
            String name = "Chi bộ " + lowerFirst(served.get(0).name)
                    + (pair ? " và " + lowerFirst(served.get(1).name) : "");
            OrgNode branch = branch(cOrg, cCode + ".B" + two(++b), name, Sector.RESIDENTIAL, served);
            Pool pool = pool(branch, PoolKind.RESIDENTIAL, p, residentialMembers * served.size() * rng.uniform(0.7, 1.3),
                    served, served, withoutOrg, households);
            for (AreaNode area : served) {
                st.residentialPoolByArea.put(area, pool);
            }
            if (pair) {
                h++;
            }
        }
    }

    private void buildDistrictOrganisations(ProvinceProfile p, District district, double members) {
        OrgNode dOrg = district.committee();
        String code = dOrg.code.substring(2);
        List<AreaNode> residence = residentialAreasOf(district.communes());
        String dPlace = district.area().name.replaceFirst("^(Quận|Huyện|Thị xã|Thành phố) ", "");
        String dLevel = lower(district.area().name.substring(0, district.area().name.length() - dPlace.length() - 1));
        OrgNode agency = st.add(new OrgNode("O." + code + ".G01", "Đảng bộ Cơ quan Chính quyền " + dPlace,
                OrganisationType.GRASSROOTS_COMMITTEE, Sector.STATE_AGENCY, dOrg, p.code(), ORIGIN, LAST_BEFORE_MERGER,
                List.of(), null));
        OrgNode office = branch(agency, code + ".G01.B1", "Chi bộ Văn phòng HĐND và UBND " + dPlace,
                Sector.STATE_AGENCY, List.of());
        pool(office, PoolKind.AGENCY, p, members * 0.15, List.of(), residence, List.of(), List.of());
        corePools.add(new OrgNode[] {agency, office});
        OrgNode finance = branch(agency, code + ".G01.B2", "Chi bộ Phòng Tài chính - Kế hoạch", Sector.STATE_AGENCY,
                List.of());
        pool(finance, PoolKind.AGENCY, p, members * 0.12, List.of(), residence, List.of(), List.of());
        OrgNode partial = st.add(new OrgNode("O." + code + ".G01.P1", "Đảng bộ bộ phận Khối Nội chính",
                OrganisationType.PARTIAL_COMMITTEE, Sector.STATE_AGENCY, agency, p.code(), ORIGIN, LAST_BEFORE_MERGER,
                List.of(), null));
        OrgNode justice = branch(partial, code + ".G01.P1.B1", "Chi bộ Phòng Tư pháp", Sector.STATE_AGENCY, List.of());
        pool(justice, PoolKind.AGENCY, p, members * 0.10, List.of(), residence, List.of(), List.of());
        corePools.add(new OrgNode[] {partial, justice});
        OrgNode inspection = branch(partial, code + ".G01.P1.B2", "Chi bộ Thanh tra", Sector.STATE_AGENCY, List.of());
        pool(inspection, PoolKind.AGENCY, p, members * 0.10, List.of(), residence, List.of(), List.of());

        grassrootsBranch(p, dOrg, code + ".G02", "Chi bộ Trung tâm Y tế " + dPlace, PoolKind.HEALTH,
                members * 0.15, residence);
        grassrootsBranch(p, dOrg, code + ".G03", "Chi bộ Trường Trung học phổ thông " + dPlace, PoolKind.HIGH_SCHOOL,
                members * 0.10, residence);
        grassrootsBranch(p, dOrg, code + ".G04", "Chi bộ Công an " + dLevel + " " + dPlace, PoolKind.POLICE,
                members * 0.13, residence);
        grassrootsBranch(p, dOrg, code + ".G05", "Chi bộ Quân sự " + dLevel + " " + dPlace, PoolKind.MILITARY,
                members * 0.08, residence);
    }

    private Blocs blocsOf(ProvinceProfile p, OrgNode pOrg, boolean continuous) {
        LocalDate to = continuous ? null : LAST_BEFORE_MERGER;
        String of = p.isCity() ? "thành phố" : "tỉnh";
        OrgNode agency = st.add(new OrgNode("O." + p.code() + ".K1", "Đảng bộ Khối Cơ quan " + of + " " + p.nameVi(),
                OrganisationType.DIRECT_COMMITTEE, Sector.STATE_AGENCY, pOrg, p.code(), ORIGIN, to, List.of(), null));
        OrgNode enterprise = st.add(new OrgNode("O." + p.code() + ".K2",
                "Đảng bộ Khối Doanh nghiệp " + of + " " + p.nameVi(), OrganisationType.DIRECT_COMMITTEE, Sector.OTHER,
                pOrg, p.code(), ORIGIN, to, List.of(), null));
        OrgNode police = st.add(new OrgNode("O." + p.code() + ".K3", "Đảng bộ Công an " + of + " " + p.nameVi(),
                OrganisationType.DIRECT_COMMITTEE, Sector.ARMED_FORCES, pOrg, p.code(), ORIGIN, to, List.of(), null));
        OrgNode military = st.add(new OrgNode("O." + p.code() + ".K4",
                "Đảng bộ Quân sự " + of + " " + p.nameVi(), OrganisationType.DIRECT_COMMITTEE, Sector.ARMED_FORCES,
                pOrg, p.code(), ORIGIN, to, List.of(), null));
        if (!continuous) {
            agency.successor = mainBlocs.agency();
            enterprise.successor = mainBlocs.enterprise();
            police.successor = mainBlocs.police();
            military.successor = mainBlocs.military();
        }
        return new Blocs(agency, enterprise, police, military);
    }

    private void buildBlocContents(ProvinceProfile p, Blocs blocs, double members, AreaNode seatCommune, Rng rng) {
        List<AreaNode> all = new ArrayList<>();
        for (AreaNode area : st.areas) {
            if (area.kind.isResidential() && area.formerProvince.equals(p.code())) {
                all.add(area);
            }
        }
        // One immutable list shared by every pool of the blocs (List.copyOf keeps it as it is).
        List<AreaNode> residence = List.copyOf(all);
        double root = Math.sqrt(scale);
        int departments = clamp((int) Math.round(22 * root), 2, DEPARTMENTS.size());
        double perDepartment = 0.42 * members / departments;
        for (int i = 0; i < departments; i++) {
            String name = DEPARTMENTS.get(i);
            PoolKind kind = name.startsWith("Bệnh viện") ? PoolKind.HEALTH : PoolKind.AGENCY;
            String code = blocs.agency().code.substring(2) + ".G" + two(i + 1);
            if (i % 3 == 0) {
                List<double[]> parts = List.of(new double[] {0.5}, new double[] {0.5});
                committeeWithBranches(p, blocs.agency(), code, "Đảng bộ " + name, kind, perDepartment, parts.size(),
                        i % 6 == 0, residence);
            } else {
                grassrootsBranch(p, blocs.agency(), code, "Chi bộ " + name, kind, perDepartment, residence);
            }
        }
        if (p.university() != null) {
            String code = blocs.agency().code.substring(2) + ".U1";
            OrgNode university = st.add(new OrgNode("O." + code, "Đảng bộ " + p.university(),
                    OrganisationType.GRASSROOTS_COMMITTEE, Sector.PUBLIC_SCHOOL, blocs.agency(), p.code(),
                    blocs.agency().validFrom, blocs.agency().validTo, List.of(), null));
            OrgNode staff = branch(university, code + ".B1", "Chi bộ Cán bộ, giảng viên", Sector.PUBLIC_SCHOOL,
                    List.of());
            pool(staff, PoolKind.UNIVERSITY_STAFF, p, 0.05 * members, List.of(), residence, List.of(), List.of());
            corePools.add(new OrgNode[] {university, staff});
            for (int s = 1; s <= 2; s++) {
                OrgNode students = branch(university, code + ".S" + s, "Chi bộ Sinh viên " + s, Sector.PUBLIC_SCHOOL,
                        List.of());
                pool(students, PoolKind.UNIVERSITY_STUDENTS, p, Math.max(3, 0.012 * members), List.of(), residence,
                        List.of(), List.of());
            }
        }
        int enterprises = Math.max(2, (int) Math.round(10 * root));
        double perEnterprise = 0.20 * members / enterprises;
        for (int i = 0; i < enterprises; i++) {
            boolean state = i % 2 == 0;
            String code = blocs.enterprise().code.substring(2) + ".G" + two(i + 1);
            String unitName = (state ? "Công ty TNHH MTV " : "Công ty Cổ phần ") + rng.pick(TRADES) + " "
                    + p.nameVi() + (i > 1 ? " " + (i / 2 + 1) : "");
            UnitNode unit = st.add(new UnitNode("U." + code, unitName, state ? UnitKind.STATE_ENTERPRISE
                    : UnitKind.PRIVATE_COMPANY, seatCommune, p.code(), LocalDate.of(1990 + i % 20, 3, 1), null,
                    workforce(rng.logNormal(state ? 400 : 900, 0.7), rng)));
            OrgNode committee = committeeWithBranches(p, blocs.enterprise(), code, "Đảng bộ " + unitName,
                    state ? PoolKind.STATE_COMPANY : PoolKind.PRIVATE_COMPANY, perEnterprise, 2, false, residence, unit);
            unit.organisation = committee;
        }
        int policeUnits = Math.max(2, (int) Math.round(12 * root));
        for (int i = 0; i < policeUnits; i++) {
            String code = blocs.police().code.substring(2) + ".G" + two(i + 1);
            committeeWithBranches(p, blocs.police(), code, "Đảng bộ Phòng " + (i + 1) + " Công an " + p.nameVi(),
                    PoolKind.POLICE, 0.20 * members / policeUnits, 2, false, residence);
        }
        int militaryUnits = Math.max(1, (int) Math.round(6 * root));
        for (int i = 0; i < militaryUnits; i++) {
            String code = blocs.military().code.substring(2) + ".G" + two(i + 1);
            committeeWithBranches(p, blocs.military(), code, "Đảng bộ Trung đoàn " + (i + 1) + " " + p.nameVi(),
                    PoolKind.MILITARY, 0.13 * members / militaryUnits, 2, false, residence);
        }
    }

    private OrgNode committeeWithBranches(ProvinceProfile p, OrgNode parent, String code, String name, PoolKind kind,
            double members, int branches, boolean withPartial, List<AreaNode> residence) {
        return committeeWithBranches(p, parent, code, name, kind, members, branches, withPartial, residence, null);
    }

    private OrgNode committeeWithBranches(ProvinceProfile p, OrgNode parent, String code, String name, PoolKind kind,
            double members, int branches, boolean withPartial, List<AreaNode> residence, UnitNode unit) {
        OrgNode committee = st.add(new OrgNode("O." + code, name, OrganisationType.GRASSROOTS_COMMITTEE, kind.sector,
                parent, p.code(), parent.validFrom, parent.validTo, List.of(), unit));
        int total = branches + (withPartial ? 2 : 0);
        for (int b = 1; b <= branches; b++) {
            OrgNode branch = branch(committee, code + ".B" + b, "Chi bộ " + (b == 1 ? "Văn phòng" : unitWord(kind) + " " + b),
                    kind.sector, List.of());
            pool(branch, kind, p, members / total, List.of(), residence, List.of(), List.of());
            if (b == 1) {
                corePools.add(new OrgNode[] {committee, branch});
            }
        }
        if (withPartial) {
            OrgNode partial = st.add(new OrgNode("O." + code + ".P1", "Đảng bộ bộ phận " + (kind == PoolKind.HEALTH
                    ? "Khối lâm sàng" : "Khối nghiệp vụ"), OrganisationType.PARTIAL_COMMITTEE, kind.sector, committee,
                    p.code(), committee.validFrom, committee.validTo, List.of(), null));
            for (int b = 1; b <= 2; b++) {
                OrgNode branch = branch(partial, code + ".P1.B" + b, "Chi bộ Khoa " + b, kind.sector, List.of());
                pool(branch, kind, p, members / total, List.of(), residence, List.of(), List.of());
                if (b == 1) {
                    corePools.add(new OrgNode[] {partial, branch});
                }
            }
        }
        return committee;
    }

    /** What the branches of a committee are called after: departments, teams, battalions, workshops, wards. */
    private static String unitWord(PoolKind kind) {
        return switch (kind) {
            case POLICE -> "Đội";
            case MILITARY -> "Tiểu đoàn";
            case STATE_COMPANY, PRIVATE_COMPANY -> "Phân xưởng";
            case HEALTH -> "Khoa";
            default -> "Phòng";
        };
    }

    private void grassrootsBranch(ProvinceProfile p, OrgNode parent, String code, String name, PoolKind kind,
            double members, List<AreaNode> residence) {
        OrgNode org = st.add(new OrgNode("O." + code, name, OrganisationType.GRASSROOTS_BRANCH, kind.sector, parent,
                p.code(), parent.validFrom, parent.validTo, List.of(), null));
        pool(org, kind, p, members, List.of(), residence, List.of(), List.of());
    }

    private void unitBranch(ProvinceProfile p, OrgNode districtCommittee, UnitNode unit, PoolKind kind, String name,
            Rng rng) {
        LocalDate from = Timeline.min(unit.validFrom.plusYears(rng.between(1, 4)), LocalDate.of(2015, 6, 1));
        OrgNode org = st.add(new OrgNode("O." + districtCommittee.code.substring(2) + "." + unit.code.substring(2)
                .replace('.', '-'), name, OrganisationType.GRASSROOTS_BRANCH, kind.sector, districtCommittee, p.code(),
                from, LAST_BEFORE_MERGER, List.of(), unit));
        unit.organisation = org;
        List<AreaNode> residence = residentialAreasOf(List.of(unit.commune));
        pool(org, kind, p, Math.min(25, 3 + unit.workers[0] / 20.0), List.of(), residence, List.of(), List.of());
    }

    private UnitNode unit(ProvinceProfile p, AreaNode commune, String code, UnitKind kind, String name,
            double workers, Rng rng) {
        LocalDate from;
        LocalDate to = null;
        double roll = rng.uniform();
        if (roll < 0.10) {
            from = rng.dateBetween(LocalDate.of(2016, 3, 1), LocalDate.of(2023, 12, 31));
        } else {
            from = rng.dateBetween(LocalDate.of(1995, 1, 1), LocalDate.of(2014, 12, 31));
            if (roll > 0.95) {
                to = rng.dateBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31));
            }
        }
        return st.add(new UnitNode("U." + code, name, kind, commune, p.code(), from, to, workforce(workers, rng)));
    }

    private static int[] workforce(double start, Rng rng) {
        int[] workers = new int[Timeline.LAST_YEAR - Timeline.FIRST_YEAR + 1];
        double w = Math.max(2, start);
        for (int i = 0; i < workers.length; i++) {
            workers[i] = (int) Math.max(2, Math.round(w));
            w *= rng.uniform(0.9, 1.13);
        }
        return workers;
    }

    private OrgNode branch(OrgNode parent, String code, String name, Sector sector, List<AreaNode> areas) {
        return st.add(new OrgNode("O." + code, name, OrganisationType.BRANCH, sector, parent, parent.formerProvince,
                parent.validFrom, parent.validTo, areas, null));
    }

    private Pool pool(OrgNode org, PoolKind kind, ProvinceProfile p, double members, List<AreaNode> served,
            List<AreaNode> residence, List<UnitNode> withoutOrg, List<UnitNode> households) {
        Pool pool = new Pool(org, null, kind, p, Math.max(3, (int) Math.round(members)), served,
                residence.isEmpty() ? served : residence, withoutOrg, households);
        st.pools.add(pool);
        return pool;
    }

    // ------------------------------------------------------------------ the merger of 1/7/2025

    private void merge(List<ProvinceData> data) {
        int oldTotal = 0;
        for (ProvinceData d : data) {
            for (District district : d.districts()) {
                oldTotal += district.communes().size();
            }
        }
        int newTotal = Math.max(data.size(), (int) Math.round(st.main.communesAfterMerger() * scale));
        int number = 0;
        for (ProvinceData d : data) {
            List<AreaNode> communes = new ArrayList<>();
            List<OrgNode> committees = new ArrayList<>();
            for (District district : d.districts()) {
                communes.addAll(district.communes());
                committees.addAll(district.communeCommittees());
            }
            int groups = clamp((int) Math.round((double) newTotal * communes.size() / oldTotal), 1, communes.size());
            OrgNode[] newCommitteeOf = new OrgNode[communes.size()];
            for (int g = 0; g < groups; g++) {
                int from = g * communes.size() / groups;
                int to = (g + 1) * communes.size() / groups;
                number++;
                newCommune(d.profile(), number, communes.subList(from, to), committees.subList(from, to),
                        newCommitteeOf, from);
            }
            // What hung under a district committee moves under the new commune of the district's seat.
            int offset = 0;
            for (District district : d.districts()) {
                OrgNode seat = newCommitteeOf[offset];
                offset += district.communes().size();
                for (OrgNode child : List.copyOf(district.committee().children)) {
                    if (child.type != OrganisationType.GRASSROOTS_COMMITTEE || child.sector != Sector.RESIDENTIAL) {
                        reopen(child, seat, child.type, child.code.substring(2).replace('.', '-'));
                    }
                }
            }
            if (!d.profile().isProgramProvince()) {
                Blocs blocs = d.blocs();
                reopenChildren(blocs.agency(), mainBlocs.agency());
                reopenChildren(blocs.enterprise(), mainBlocs.enterprise());
                reopenChildren(blocs.police(), mainBlocs.police());
                reopenChildren(blocs.military(), mainBlocs.military());
            }
        }
    }

    private void newCommune(ProvinceProfile p, int number, List<AreaNode> oldCommunes, List<OrgNode> oldCommittees,
            OrgNode[] newCommitteeOf, int offset) {
        long wards = oldCommunes.stream().filter(a -> a.kind == AreaKind.WARD).count();
        boolean ward = wards * 2 > oldCommunes.size();
        AreaNode first = oldCommunes.get(0);
        String place = first.name.replaceFirst("^(Phường|Xã|Thị trấn) ", "");
        if (place.matches("\\d+")) {
            place = p.nameVi().split(" ")[0] + " " + place;
        }
        String title = (ward ? "Phường " : "Xã ") + place;
        String code = st.main.code() + ".X" + three(number);
        AreaNode area = st.add(new AreaNode("A." + code, title, ward ? AreaKind.WARD : AreaKind.COMMUNE, provinceArea,
                p.code(), MERGER, null));
        OrgNode committee = st.add(new OrgNode("O." + code, "Đảng bộ " + lower(title),
                OrganisationType.DIRECT_COMMITTEE, Sector.RESIDENTIAL, provinceCommittee, p.code(), MERGER, null,
                List.of(area), null));
        for (int i = 0; i < oldCommunes.size(); i++) {
            AreaNode old = oldCommunes.get(i);
            old.successor = area;
            newCommitteeOf[offset + i] = committee;
            for (AreaNode hamlet : areasOfCommune.get(old)) {
                {
                    AreaNode moved = st.add(new AreaNode("A." + code + "." + hamlet.code.substring(2).replace('.', '-'),
                            hamlet.name, hamlet.kind, area, hamlet.formerProvince, MERGER, null));
                    moved.weight = hamlet.weight;
                    hamlet.successor = moved;
                }
            }
        }
        for (OrgNode old : oldCommittees) {
            old.successor = committee;
            // Residential and commune branches become grassroots branches directly under the commune committee.
            for (OrgNode child : List.copyOf(old.children)) {
                reopen(child, committee, OrganisationType.GRASSROOTS_BRANCH, child.code.substring(2).replace('.', '-'));
            }
        }
    }

    private void reopenChildren(OrgNode oldParent, OrgNode newParent) {
        for (OrgNode child : List.copyOf(oldParent.children)) {
            reopen(child, newParent, child.type, child.code.substring(2).replace('.', '-'));
        }
    }

    private void reopen(OrgNode old, OrgNode newParent, OrganisationType type, String local) {
        List<AreaNode> areas = old.areas.stream().map(a -> a.successor == null ? a : a.successor).toList();
        OrgNode node = st.add(new OrgNode(newParent.code + "." + local, old.name, type, old.sector, newParent,
                old.formerProvince, MERGER, null, areas, old.unit));
        old.successor = node;
        if (old.unit != null && old.unit.organisation == old) {
            old.unit.organisation = node;
        }
        for (OrgNode child : List.copyOf(old.children)) {
            String last = child.code.substring(child.code.lastIndexOf('.') + 1);
            reopen(child, node, child.type, last);
        }
    }

    private void finishPools() {
        for (Pool pool : st.pools) {
            OrgNode post = pool.pre.on(MERGER);
            pool.post = post == null ? pool.pre : post;
            if (pool.kind == PoolKind.RESIDENTIAL) {
                for (AreaNode area : pool.servedAreas) {
                    if (area.successor != null) {
                        st.residentialPoolByArea.put(area.successor, pool);
                    }
                }
            }
        }
        for (OrgNode[] pair : corePools) {
            OrgNode committee = pair[0];
            OrgNode branch = pair[1];
            for (Pool pool : st.pools) {
                if (pool.pre == branch) {
                    st.corePoolByCommittee.put(committee, pool);
                    pool.staffedCommittees.add(committee);
                    OrgNode next = committee.successor;
                    if (next != null && committee.validTo != null && (next.type == OrganisationType.GRASSROOTS_COMMITTEE
                            || next.type == OrganisationType.PARTIAL_COMMITTEE)) {
                        pool.staffedCommittees.add(next);
                    }
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ names

    private List<AreaNode> residentialAreasOf(List<AreaNode> communes) {
        List<AreaNode> result = new ArrayList<>();
        for (AreaNode commune : communes) {
            result.addAll(areasOfCommune.getOrDefault(commune, List.of()));
        }
        return List.copyOf(result);
    }

    private static String residentialName(AreaKind kind, int number, Rng rng, boolean southern) {
        return switch (kind) {
            case HAMLET -> rng.chance(0.5) ? "Ấp " + VietnameseNames.placeName(rng, southern) : "Ấp " + number;
            case URBAN_HAMLET -> "Khóm " + number;
            case URBAN_AREA -> "Khu vực " + number;
            case VILLAGE -> "Thôn " + VietnameseNames.placeName(rng, southern);
            case STREET_GROUP -> "Tổ dân phố số " + number;
            default -> throw new IllegalArgumentException("Not a residential area kind: " + kind);
        };
    }

    private static String provinceTitle(ProvinceProfile p) {
        return (p.isCity() ? "Thành phố " : "Tỉnh ") + p.nameVi();
    }

    /** "Thành phố Cần Thơ" → "thành phố Cần Thơ": the administrative word is lower case inside a name. */
    private static String lower(String title) {
        for (String word : List.of("Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Thị trấn", "Phường", "Xã")) {
            if (title.startsWith(word + " ") || title.equals(word)) {
                return word.toLowerCase(java.util.Locale.ROOT) + title.substring(word.length());
            }
        }
        return title;
    }

    private static String lowerFirst(String name) {
        return name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return String.format(java.util.Locale.ROOT, "%03d", n);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}

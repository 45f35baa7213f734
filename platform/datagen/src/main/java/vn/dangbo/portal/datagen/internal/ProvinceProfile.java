package vn.dangbo.portal.datagen.internal;

import java.util.List;

/**
 * What the generator knows about one province before the 2025 merger. Sizes come from
 * shared/spec/domain.md (members) and from the administrative map (districts, communes, population)
 * as it stood before 1/7/2025; rates marked "assumed" are plausible values, not sourced figures.
 *
 * @param code                  province code (V1__provinces.sql)
 * @param nameVi                name
 * @param nameEn                name without diacritics
 * @param mergedInto            the program province it joined on 1/7/2025; null for the program province itself
 * @param members2025           members at the end of 2025 on its former territory, at scale 1
 * @param population            population (all areas), at scale 1
 * @param districts             district-level units before 2025 with their type word ("Quận Ninh Kiều")
 * @param communes              communes and wards before 1/7/2025
 * @param communesAfterMerger   for a program province: communes and wards of the merged province (domain.md)
 * @param mekong                Mekong delta naming (ấp, khóm) rather than thôn, tổ dân phố
 * @param urbanAreasAreKhuVuc   its wards are divided into khu vực (Cần Thơ)
 * @param cccdPrefix            the three-digit province part of a national ID
 * @param cardPrefix            the two-digit province part of a party card number (synthetic scheme)
 * @param religiousShare        share of new members who follow a religion (assumed)
 * @param religions             religions found there, most frequent first
 * @param minorities            ethnic minorities with their share of members (assumed from census shares)
 * @param headMemberShare       share of hamlet/village heads who are members in 2016 (assumed)
 * @param handoverNoticeShare   share of candidate moves notified to the destination (assumed)
 * @param university            a university with its own party committee, or null
 */
record ProvinceProfile(String code, String nameVi, String nameEn, String mergedInto, int members2025,
        int population, List<String> districts, int communes, int communesAfterMerger, boolean mekong,
        boolean urbanAreasAreKhuVuc, String cccdPrefix, String cardPrefix, double religiousShare,
        List<String> religions, List<Minority> minorities, double headMemberShare, double handoverNoticeShare,
        String university) {

    /** @param share share of members (new members too) */
    record Minority(String ethnicity, double share, List<String> familyNames, String religion) {
    }

    boolean isProgramProvince() {
        return mergedInto == null;
    }

    String programProvince() {
        return mergedInto == null ? code : mergedInto;
    }

    /** Đảng bộ thành phố for the centrally governed cities, đảng bộ tỉnh for the others. */
    boolean isCity() {
        return code.equals("can-tho") || code.equals("hai-phong");
    }

    static List<ProvinceProfile> all() {
        List<Minority> none = List.of();
        Minority khmer = new Minority("Khmer", 0.0, List.of("Thạch", "Sơn", "Danh", "Kim", "Lâm", "Châu", "Lý", "Triệu"),
                "Phật giáo Nam tông Khmer");
        Minority hoa = new Minority("Hoa", 0.0, List.of("Lâm", "Quách", "Lý", "Trương", "Huỳnh", "Tăng", "Mã"),
                "Phật giáo");
        Minority cham = new Minority("Chăm", 0.0, List.of("Đàng", "Quảng", "Thông", "Lưu", "Thuận", "Bá", "Trượng"),
                "Bà-la-môn");
        Minority raglai = new Minority("Raglai", 0.0, List.of("Katơr", "Pinăng", "Mấu", "Cao", "Bo Bo"), null);
        return List.of(
                new ProvinceProfile("can-tho", "Cần Thơ", "Can Tho", null, 59_300, 1_250_000,
                        List.of("Quận Ninh Kiều", "Quận Bình Thủy", "Quận Cái Răng", "Quận Ô Môn", "Quận Thốt Nốt",
                                "Huyện Phong Điền", "Huyện Cờ Đỏ", "Huyện Thới Lai", "Huyện Vĩnh Thạnh"),
                        80, 103, true, true, "092", "92", 0.030, List.of("Phật giáo", "Phật giáo Hòa Hảo", "Công giáo", "Cao Đài"),
                        List.of(with(khmer, 0.012), with(hoa, 0.010)), 0.86, 0.85, "Trường Đại học Cần Thơ"),
                new ProvinceProfile("soc-trang", "Sóc Trăng", "Soc Trang", "can-tho", 49_400, 1_200_000,
                        List.of("Thành phố Sóc Trăng", "Thị xã Vĩnh Châu", "Thị xã Ngã Năm", "Huyện Kế Sách", "Huyện Mỹ Tú",
                                "Huyện Cù Lao Dung", "Huyện Long Phú", "Huyện Mỹ Xuyên", "Huyện Thạnh Trị",
                                "Huyện Châu Thành", "Huyện Trần Đề"),
                        109, 0, true, false, "094", "94", 0.100, List.of("Phật giáo Nam tông Khmer", "Phật giáo", "Cao Đài", "Công giáo"),
                        List.of(with(khmer, 0.180), with(hoa, 0.030)), 0.80, 0.85, null),
                new ProvinceProfile("hau-giang", "Hậu Giang", "Hau Giang", "can-tho", 33_300, 730_000,
                        List.of("Thành phố Vị Thanh", "Thành phố Ngã Bảy", "Thị xã Long Mỹ", "Huyện Châu Thành A",
                                "Huyện Châu Thành", "Huyện Phụng Hiệp", "Huyện Vị Thủy", "Huyện Long Mỹ"),
                        75, 0, true, false, "093", "93", 0.030, List.of("Phật giáo", "Phật giáo Hòa Hảo", "Cao Đài", "Công giáo"),
                        List.of(with(khmer, 0.020)), 0.82, 0.85, null),
                new ProvinceProfile("hai-phong", "Hải Phòng", "Hai Phong", null, 130_600, 2_100_000,
                        List.of("Quận Hồng Bàng", "Quận Ngô Quyền", "Quận Lê Chân", "Quận Hải An", "Quận Kiến An",
                                "Quận Đồ Sơn", "Quận Dương Kinh", "Thành phố Thủy Nguyên", "Huyện An Dương", "Huyện An Lão",
                                "Huyện Kiến Thụy", "Huyện Tiên Lãng", "Huyện Vĩnh Bảo", "Huyện Cát Hải",
                                "Huyện Bạch Long Vĩ"),
                        217, 114, false, false, "031", "31", 0.0055, List.of("Công giáo", "Phật giáo"),
                        none, 0.80, 0.90, "Trường Đại học Hàng hải Việt Nam"),
                new ProvinceProfile("hai-duong", "Hải Dương", "Hai Duong", "hai-phong", 112_944, 1_950_000,
                        List.of("Thành phố Hải Dương", "Thành phố Chí Linh", "Thị xã Kinh Môn", "Huyện Bình Giang",
                                "Huyện Cẩm Giàng", "Huyện Gia Lộc", "Huyện Kim Thành", "Huyện Nam Sách", "Huyện Ninh Giang",
                                "Huyện Thanh Hà", "Huyện Thanh Miện", "Huyện Tứ Kỳ"),
                        207, 0, false, false, "030", "30", 0.004, List.of("Công giáo", "Phật giáo"),
                        none, 0.78, 0.88, null),
                new ProvinceProfile("khanh-hoa", "Khánh Hòa", "Khanh Hoa", null, 50_900, 1_250_000,
                        List.of("Thành phố Nha Trang", "Thành phố Cam Ranh", "Thị xã Ninh Hòa", "Huyện Cam Lâm",
                                "Huyện Vạn Ninh", "Huyện Diên Khánh", "Huyện Khánh Vĩnh", "Huyện Khánh Sơn"),
                        139, 65, false, false, "056", "56", 0.030, List.of("Phật giáo", "Công giáo", "Tin Lành"),
                        List.of(with(raglai, 0.020)), 0.55, 0.85, "Trường Đại học Nha Trang"),
                new ProvinceProfile("ninh-thuan", "Ninh Thuận", "Ninh Thuan", "khanh-hoa", 23_100, 600_000,
                        List.of("Thành phố Phan Rang - Tháp Chàm", "Huyện Bác Ái", "Huyện Ninh Hải", "Huyện Ninh Phước",
                                "Huyện Ninh Sơn", "Huyện Thuận Bắc", "Huyện Thuận Nam"),
                        65, 0, false, false, "058", "58", 0.060, List.of("Bà-la-môn", "Hồi giáo Bani", "Công giáo", "Phật giáo"),
                        List.of(with(cham, 0.070), with(raglai, 0.030)), 0.50, 0.85, null),
                new ProvinceProfile("dong-thap", "Đồng Tháp", "Dong Thap", null, 66_000, 1_600_000,
                        List.of("Thành phố Cao Lãnh", "Thành phố Sa Đéc", "Thành phố Hồng Ngự", "Huyện Tân Hồng",
                                "Huyện Hồng Ngự", "Huyện Tam Nông", "Huyện Thanh Bình", "Huyện Tháp Mười", "Huyện Cao Lãnh",
                                "Huyện Lấp Vò", "Huyện Lai Vung", "Huyện Châu Thành"),
                        143, 102, true, false, "087", "87", 0.060, List.of("Phật giáo Hòa Hảo", "Phật giáo", "Cao Đài", "Công giáo"),
                        List.of(with(hoa, 0.004)), 0.80, 0.85, "Trường Đại học Đồng Tháp"),
                new ProvinceProfile("tien-giang", "Tiền Giang", "Tien Giang", "dong-thap", 55_000, 1_800_000,
                        List.of("Thành phố Mỹ Tho", "Thành phố Gò Công", "Thị xã Cai Lậy", "Huyện Cái Bè", "Huyện Cai Lậy",
                                "Huyện Châu Thành", "Huyện Chợ Gạo", "Huyện Gò Công Tây", "Huyện Gò Công Đông",
                                "Huyện Tân Phước", "Huyện Tân Phú Đông"),
                        172, 0, true, false, "082", "82", 0.040, List.of("Phật giáo", "Công giáo", "Cao Đài"),
                        List.of(with(hoa, 0.005)), 0.80, 0.85, null));
    }

    private static Minority with(Minority m, double share) {
        return new Minority(m.ethnicity(), share, m.familyNames(), m.religion());
    }
}

package vn.dangbo.portal.datagen.internal;

import java.text.Normalizer;
import java.util.List;

import vn.dangbo.portal.datagen.record.Gender;

/**
 * Vietnamese personal and place names. Family-name frequencies follow the commonly cited survey
 * shares (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, Phạm 7 %, Hoàng/Huỳnh 5 %, Phan 4.5 %, Vũ/Võ 3.9 %,
 * Đặng 2.1 %, Bùi 2 %, Đỗ 1.4 %, Hồ 1.3 %, Ngô 1.3 %, Dương 1 %, Lý 0.5 %, the rest spread thin).
 * Southern provinces write Huỳnh and Võ where the north writes Hoàng and Vũ. Every string is NFC.
 */
final class VietnameseNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Đào", "Cao", "Lâm", "Tạ", "Trịnh", "Văn",
            "Tô", "Châu", "Tăng", "Hà", "Quách", "Thái"};
    private static final double[] FAMILY_WEIGHTS = {38.4, 11.0, 9.5, 7.0, 5.1, 4.5, 3.9, 2.1, 2.0, 1.4, 1.3, 1.3, 1.0,
            0.5, 0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.4, 0.3, 0.4, 0.2, 0.3, 0.3, 0.2, 0.4, 0.2, 0.3};

    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh",
            "Công", "Ngọc", "Hoàng", "Xuân", "Thành", "Trọng", "Tấn", "Đình", "Gia", "Anh");
    private static final List<String> FEMALE_MIDDLE_OLD = List.of("Thị", "Thị", "Thị", "Thị", "Thị", "Ngọc", "Kim",
            "Thu", "Thanh", "Hồng");
    private static final List<String> FEMALE_MIDDLE_YOUNG = List.of("Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ",
            "Phương", "Khánh", "Minh", "Bảo", "Hoài", "Diệu", "Tường");
    private static final List<String> MALE_GIVEN = List.of("Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hùng",
            "Huy", "Hưng", "Khang", "Khoa", "Kiên", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang",
            "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hiếu",
            "Hòa", "Lâm", "Lợi", "Nhân", "Phát", "Quân", "Tú", "Trí", "Bảo", "Duy", "Hoàng", "Khải", "Thông", "Tín");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
            "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân",
            "Ngọc", "Nhung", "Nhi", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thanh", "Thu", "Thủy", "Trang",
            "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến", "Diễm", "Hậu", "Lệ", "Thúy", "Bích", "Châu", "Ánh");
    private static final List<String> KHMER_GIVEN_MALE = List.of("Sà Rết", "Sóc Phon", "Sơ Ni", "Chanh Đa", "Sà Phonl",
            "Kim Sang", "Thạch Rươl", "Pho", "Ril", "Sóc Khía");
    private static final List<String> KHMER_GIVEN_FEMALE = List.of("Thị Sa Rên", "Thị Sà Phia", "Thị Chanh Thu",
            "Thị Sóc Khá", "Thị Mỹ Linh", "Thị Ra Ni", "Thị Sa Vy");

    private static final List<String> PLACE_SYLLABLES_SOUTH = List.of("An", "Bình", "Hòa", "Phú", "Long", "Thạnh",
            "Tân", "Mỹ", "Hưng", "Thới", "Nhơn", "Lợi", "Phước", "Thuận", "Định", "Trường", "Vĩnh", "Khánh", "Xuân",
            "Thành", "Hiệp", "Đông", "Tây", "Trung", "Lộc", "Điền", "Giang", "Hội", "Phong", "Mỹ");
    private static final List<String> PLACE_SYLLABLES_NORTH = List.of("An", "Hòa", "Phú", "Tân", "Đông", "Tây", "Nam",
            "Bắc", "Hưng", "Thắng", "Lợi", "Quang", "Minh", "Đại", "Hồng", "Thái", "Kiến", "Tiên", "Vĩnh", "Cẩm",
            "Gia", "Lạc", "Thanh", "Trung", "Hợp", "Đức", "Sơn", "Hải", "Lâm", "Phong");

    private VietnameseNames() {
    }

    /** A full name split into family, middle and given; {@code southern} picks Huỳnh/Võ spellings. */
    static String[] personName(Rng rng, Gender gender, int birthYear, boolean southern,
            ProvinceProfile.Minority minority) {
        if (minority != null && !minority.familyNames().isEmpty()) {
            String family = rng.pick(minority.familyNames());
            if (minority.ethnicity().equals("Khmer")) {
                String given = gender == Gender.MALE ? rng.pick(KHMER_GIVEN_MALE) : rng.pick(KHMER_GIVEN_FEMALE);
                int space = given.indexOf(' ');
                return space < 0 ? new String[] {family, "", given}
                        : new String[] {family, given.substring(0, space), given.substring(space + 1)};
            }
            return new String[] {family, middle(rng, gender, birthYear), given(rng, gender)};
        }
        String family = FAMILY[rng.weighted(FAMILY_WEIGHTS)];
        if (southern && family.equals("Hoàng") && rng.chance(0.8)) {
            family = "Huỳnh";
        }
        if (southern && family.equals("Vũ") && rng.chance(0.85)) {
            family = "Võ";
        }
        String middle = middle(rng, gender, birthYear);
        String given = given(rng, gender);
        while (given.equals(middle)) {
            given = given(rng, gender);
        }
        return new String[] {family, middle, given};
    }

    static String fullName(String[] parts) {
        StringBuilder name = new StringBuilder(parts[0]);
        if (!parts[1].isEmpty()) {
            name.append(' ').append(parts[1]);
        }
        name.append(' ').append(parts[2]);
        return nfc(name.toString());
    }

    /** A two-syllable place name ("Tân Phú"), deterministic in the source. */
    static String placeName(Rng rng, boolean southern) {
        List<String> syllables = southern ? PLACE_SYLLABLES_SOUTH : PLACE_SYLLABLES_NORTH;
        String first = rng.pick(syllables);
        String second = rng.pick(syllables);
        while (second.equals(first)) {
            second = rng.pick(syllables);
        }
        return first + " " + second;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String middle(Rng rng, Gender gender, int birthYear) {
        if (gender == Gender.MALE) {
            return rng.pick(MALE_MIDDLE);
        }
        return birthYear < 1985 ? rng.pick(FEMALE_MIDDLE_OLD) : rng.pick(FEMALE_MIDDLE_YOUNG);
    }

    private static String given(Rng rng, Gender gender) {
        return gender == Gender.MALE ? rng.pick(MALE_GIVEN) : rng.pick(FEMALE_GIVEN);
    }
}

package vn.dangbo.portal.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void normalizeComposesToNfcAndCollapsesSpaces() {
        String decomposed = Normalizer.normalize("Nguyễn  Văn An ", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Văn An");
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void searchKeyDropsDiacriticsAndMapsDToD() {
        assertThat(VietnameseText.searchKey("Nguyễn Văn An")).isEqualTo("nguyen van an");
        assertThat(VietnameseText.searchKey("Đồng Tháp")).isEqualTo("dong thap");
        assertThat(VietnameseText.searchKey("Cần Thơ")).isEqualTo("can tho");
        assertThat(VietnameseText.searchKey(Normalizer.normalize("Đặng Thị Ửng", Normalizer.Form.NFD)))
                .isEqualTo("dang thi ung");
    }

    @Test
    void searchMatchesWithoutDiacriticsOrCase() {
        assertThat(VietnameseText.matches("Nguyễn Văn An", "nguyen van an")).isTrue();
        assertThat(VietnameseText.matches("Nguyễn Văn An", "NGUYỄN VĂN")).isTrue();
        assertThat(VietnameseText.matches("Cần Thơ", "can tho")).isTrue();
        assertThat(VietnameseText.matches("Nguyễn Văn An", "nguyen van anh")).isFalse();
    }

    @Test
    void baseLettersFollowTheVietnameseAlphabet() {
        List<String> expected = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m",
                "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        assertThat(sorted(reversed(expected))).containsExactlyElementsOf(expected);
    }

    @Test
    void dSortsBeforeDStrokeWhateverFollows() {
        // Plain code-point order would put "Đào" after "Dương" by accident of U+0110; here đ > d always.
        assertThat(sorted(List.of("Đào", "Dương", "Duy", "Đinh"))).containsExactly("Duy", "Dương", "Đào", "Đinh");
    }

    @Test
    void tonesAreSecondaryToLetters() {
        // "á" and "à" differ only by tone: the next letters decide first.
        assertThat(sorted(List.of("Án", "Àm"))).containsExactly("Àm", "Án");
        // Same letters: tone order none, huyền, hỏi, ngã, sắc, nặng.
        assertThat(sorted(List.of("mạ", "má", "mã", "mả", "mà", "ma")))
                .containsExactly("ma", "mà", "mả", "mã", "má", "mạ");
    }

    @Test
    void vowelLettersAreDistinctFromTheirBase() {
        assertThat(sorted(List.of("ơi", "ôi", "oi", "ưa", "ua"))).containsExactly("oi", "ôi", "ơi", "ua", "ưa");
        assertThat(sorted(List.of("âm", "ăn", "an"))).containsExactly("an", "ăn", "âm");
    }

    @Test
    void shorterWordSortsFirstAndCaseIsIgnored() {
        // "an" before "anh" (shorter first); "văn" before "vân" (ă before â).
        assertThat(sorted(List.of("Nguyễn Vân", "Nguyễn Văn Anh", "nguyễn văn an"))).containsExactly(
                "nguyễn văn an", "Nguyễn Văn Anh", "Nguyễn Vân");
        assertThat(VietnameseText.sortKey("AN")).isEqualTo(VietnameseText.sortKey("an"));
    }

    @Test
    void sortKeyUsesOnlyCharactersEveryCollationOrdersAlike() {
        assertThat(VietnameseText.sortKey("Trần Thị Ngọc Ánh – 2")).matches("[0-9a-z]+");
    }

    @Test
    void decomposedInputGivesTheSameKeys() {
        String nfd = Normalizer.normalize("Phạm Thị Hồng Nhung", Normalizer.Form.NFD);
        assertThat(VietnameseText.sortKey(nfd)).isEqualTo(VietnameseText.sortKey("Phạm Thị Hồng Nhung"));
        assertThat(VietnameseText.searchKey(nfd)).isEqualTo("pham thi hong nhung");
    }

    private static List<String> sorted(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        copy.sort(Comparator.comparing(VietnameseText::sortKey));
        return copy;
    }

    private static List<String> reversed(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        java.util.Collections.reverse(copy);
        return copy;
    }
}

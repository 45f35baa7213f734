package vn.dangbo.portal.api.model;

import java.util.Objects;

/**
 * The territory a program counts. Every organisation, area and unit records the province it belonged
 * to before 1 July 2025, so a program adopted before the merger keeps counting its own former
 * territory; the other mode counts the merged province as it stands on 31 December of the year.
 *
 * @param provinceCode the program's province, for example {@code can-tho}
 * @param mode         which records belong to it
 */
public record Territory(String provinceCode, Mode mode) {

    public Territory {
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(mode, "mode");
    }

    /** The default of programs.md: the province's own former territory. */
    public static Territory formerProvince(String provinceCode) {
        return new Territory(provinceCode, Mode.FORMER_PROVINCE);
    }

    public enum Mode {
        /** Records whose province before the 2025 merger is this one, before and after the merger. */
        FORMER_PROVINCE,
        /** Records of every province merged into this one, as the merged province stands on 31/12/Y. */
        MERGED_PROVINCE
    }
}

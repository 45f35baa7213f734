package vn.dangbo.portal.datagen.record;

/** General education level (trình độ giáo dục phổ thông); lower secondary is the admission minimum. */
public enum Education {
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY
}

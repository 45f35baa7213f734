package vn.dangbo.portal.datagen.record;

/** Chuyển sinh hoạt đảng chính thức (permanent) or tạm thời (temporary). */
public enum TransferKind {
    PERMANENT,
    TEMPORARY
}

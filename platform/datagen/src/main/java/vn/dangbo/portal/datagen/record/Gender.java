package vn.dangbo.portal.datagen.record;

/** Gender as recorded in the member sheet (the plugin API has no such enum yet). */
public enum Gender {
    MALE,
    FEMALE
}

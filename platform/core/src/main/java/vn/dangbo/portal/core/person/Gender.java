package vn.dangbo.portal.core.person;

public enum Gender {
    MALE,
    FEMALE
}

package vn.dangbo.portal.core.exchange;

/**
 * The columns of the people file (docs/import-format.md), in file order. One row per membership
 * event or occupation spell; the person's columns repeat on each of that person's rows.
 */
public enum PeopleColumn {
    EXTERNAL_ID("external_id"),
    FULL_NAME("full_name"),
    BIRTH_DATE("birth_date"),
    GENDER("gender"),
    ETHNICITY("ethnicity"),
    RELIGION("religion"),
    EDUCATION("education"),
    RESIDENCE_AREA_CODE("residence_area_code"),
    YOUTH_UNION("youth_union"),
    NATIONAL_ID("national_id"),
    PARTY_CARD_NUMBER("party_card_number"),
    EVENT("event"),
    EVENT_DATE("event_date"),
    ORGANISATION_CODE("organisation_code"),
    DETAIL("detail"),
    DECISION_REF("decision_ref"),
    VOTE_DATE("vote_date"),
    VALID_TO("valid_to"),
    UNIT_CODE("unit_code");

    private final String header;

    PeopleColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}

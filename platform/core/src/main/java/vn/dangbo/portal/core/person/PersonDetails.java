package vn.dangbo.portal.core.person;

import java.time.LocalDate;

/**
 * A person's own details, as entered.
 *
 * @param fullName         full name (stored NFC)
 * @param birthDate        date of birth (sensitive)
 * @param gender           gender
 * @param ethnicity        ethnicity (dân tộc)
 * @param religion         religion, null or blank for none (sensitive)
 * @param education        education level
 * @param residenceAreaId  the residential area the person lives in
 * @param youthUnion       member of the Ho Chi Minh Communist Youth Union
 * @param nationalId       CCCD number (sensitive)
 * @param partyCardNumber  party card number, once issued
 */
public record PersonDetails(String fullName, LocalDate birthDate, Gender gender, String ethnicity, String religion,
        String education, Long residenceAreaId, boolean youthUnion, String nationalId, String partyCardNumber) {
}

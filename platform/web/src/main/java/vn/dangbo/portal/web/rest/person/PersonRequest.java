package vn.dangbo.portal.web.rest.person;

import java.time.LocalDate;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.core.person.PersonDetails;

/** POST /api/v1/people and PUT /api/v1/people/{id}. {@code externalId} is ignored on PUT. */
public record PersonRequest(String externalId, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String religion, String education, Long residenceAreaId, Boolean youthUnion, String nationalId,
        String partyCardNumber) {

    PersonDetails details() {
        return new PersonDetails(fullName, birthDate, gender, ethnicity, religion, education, residenceAreaId,
                Boolean.TRUE.equals(youthUnion), nationalId, partyCardNumber);
    }
}

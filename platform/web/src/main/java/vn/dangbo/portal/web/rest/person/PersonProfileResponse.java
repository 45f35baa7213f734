package vn.dangbo.portal.web.rest.person;

import java.time.LocalDate;
import vn.dangbo.portal.core.person.Gender;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.core.person.PersonDetails;
import vn.dangbo.portal.core.person.PersonProfile;
import vn.dangbo.portal.core.personal.SensitiveView;

/**
 * A person's full profile as one reader may see it: the shape of PersonView, with the sensitive
 * fields (national ID, date of birth, religion) passed through the reader's {@link SensitiveView},
 * so they are text ("**&#47;**&#47;****" when masked), and {@code masked} saying which view it is.
 */
public record PersonProfileResponse(long id, String externalId, Details details, Occupation occupation,
        Long occupationUnitId, String state, Long organisationId, LocalDate admittedOn, String province,
        boolean masked) {

    /** PersonDetails with the sensitive fields as the reader may see them. */
    public record Details(String fullName, String birthDate, Gender gender, String ethnicity, String religion,
            String education, Long residenceAreaId, boolean youthUnion, String nationalId, String partyCardNumber) {
    }

    static PersonProfileResponse of(PersonProfile profile, SensitiveView view) {
        var p = profile.person();
        PersonDetails d = p.details();
        Details details = new Details(d.fullName(), view.dateOfBirth(d.birthDate()), d.gender(), d.ethnicity(),
                view.religion(d.religion()), d.education(), d.residenceAreaId(), d.youthUnion(),
                view.nationalId(d.nationalId()), d.partyCardNumber());
        return new PersonProfileResponse(p.id(), p.externalId(), details, p.occupation(), p.occupationUnitId(),
                p.state(), p.organisationId(), p.admittedOn(), profile.province(), !view.clear());
    }
}

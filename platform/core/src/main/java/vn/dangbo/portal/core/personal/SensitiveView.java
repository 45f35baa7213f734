package vn.dangbo.portal.core.personal;

import java.time.LocalDate;
import vn.dangbo.portal.core.security.Caller;

/**
 * How one viewer sees one person's sensitive fields: in clear for the staff of the person's
 * province, masked for everyone else (administrators, central staff, other provinces, developers).
 * Build it per person with {@link #of} and pass every sensitive value through it.
 */
public record SensitiveView(boolean clear) {

    public static SensitiveView of(Caller viewer, String personProvince) {
        return new SensitiveView(viewer.maySeePersonalDataOf(personProvince));
    }

    public String nationalId(String nationalId) {
        return clear ? nationalId : PersonalDataMasking.nationalId(nationalId);
    }

    public String dateOfBirth(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return null;
        }
        return clear ? dateOfBirth.toString() : PersonalDataMasking.dateOfBirth(dateOfBirth);
    }

    public String religion(String religion) {
        return clear ? religion : PersonalDataMasking.religion(religion);
    }
}

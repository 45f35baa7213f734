package vn.dangbo.portal.core.personal;

import java.time.Instant;

/** One recorded read of a person's full profile: who read whose, when, and why. */
public record ProfileRead(long id, Instant at, String reader, String readerProvince, String subjectRef,
        String subjectProvince, String purpose) {
}

package vn.dangbo.portal.core.exchange;

import java.util.List;

/**
 * The outcome of importing one file: all of it, or nothing.
 *
 * @param file            the file's name
 * @param accepted        true when the file was committed; false when any row was refused (nothing kept)
 * @param rows            data rows read
 * @param peopleCreated   people new to the portal
 * @param peopleUpdated   people whose details changed
 * @param eventsRecorded  events recorded
 * @param eventsUnchanged events already recorded (a re-import changes nothing)
 * @param errors          every refused cell or row
 */
public record ImportReport(String file, boolean accepted, long rows, long peopleCreated, long peopleUpdated,
        long eventsRecorded, long eventsUnchanged, List<ImportError> errors) {
}

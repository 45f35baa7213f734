package vn.dangbo.portal.host.program;

import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.api.program.ProvinceProgram;

/**
 * A province program the host tracks: the service and where it comes from.
 *
 * @param identity      what the program says it is (read once, when its service appeared)
 * @param symbolicName  the module (bundle) that registered it
 * @param bundleVersion that bundle's version
 * @param bundleId      that bundle's id
 * @param program       the service
 */
public record ProgramHandle(ProgramIdentity identity, String symbolicName, String bundleVersion, long bundleId,
        ProvinceProgram program) {

    public String code() {
        return identity.code();
    }
}

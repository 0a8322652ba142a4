package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Arguments for the public reads the OParl interface uses in the authorization matrix: everyone's,
 * with no login, like the public calendar. The demo's public event (no minutes) and a held session
 * (internal, so nothing of it is handed out).
 */
final class OParlArguments {

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("MeetingManagement.publicMeeting(String)", who -> new Object[] {"m-arbeitgeberinformationstag"});
        arguments.put("MeetingManagement.publicMeetings(String, int)", who -> new Object[] {null, 10});
        arguments.put("OrganisationManagement.publicMembers(String)", who -> new Object[] {"ag-musterstadt"});
        arguments.put("PublicMinutes.of(String)", who -> new Object[] {"m-ag-archiv-5"});
        arguments.put("PublicMinutes.pdf(String)", who -> new Object[] {"m-ag-archiv-5"});
        return arguments;
    }
}

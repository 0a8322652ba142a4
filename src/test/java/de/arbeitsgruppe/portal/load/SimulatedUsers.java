package de.arbeitsgruppe.portal.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How many of the accounts and ids {@link LoadTestData} seeds ({@link LoadIds}) the simulation may
 * use: all of the full installation by default, fewer in the smoke run, which seeds a small one.
 */
record SimulatedUsers(int members, int offices, int partners, int contacts, int minutesCount) {

    static SimulatedUsers fromSystemProperties() {
        var full = LoadTestData.Scale.FULL;
        return new SimulatedUsers(Integer.getInteger("load.members", full.members()),
                Integer.getInteger("load.offices", full.office()),
                Integer.getInteger("load.partners", 2 * full.partnerOrganisations()),
                Integer.getInteger("load.contacts", 150), Integer.getInteger("load.minutes", full.minutesMeetings()));
    }

    String contact(int index) {
        return LoadIds.contact(index + 1);
    }

    String minutes(int index) {
        return LoadIds.approvedMinutes(index + 1);
    }

    /** Each office account has a meeting of its own to prepare, so two of them rarely edit the same agenda. */
    String officeMeeting(int office) {
        return LoadIds.officeMeeting(office);
    }

    String officeTask(int office) {
        return LoadIds.officeTask(office, 1 + ThreadLocalRandom.current().nextInt(6));
    }

    /**
     * Partners 2P−1 and 2P work for provider P, which has two offers: each updates one of its own, so
     * two partners never save the free places of one offer at the same moment (a version conflict).
     */
    String partnerOffer(int partner) {
        return LoadIds.providerOffer((partner + 1) / 2, 2 - partner % 2);
    }
}

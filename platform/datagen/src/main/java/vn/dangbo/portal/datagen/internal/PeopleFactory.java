package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import vn.dangbo.portal.datagen.record.Education;
import vn.dangbo.portal.datagen.record.Gender;

/**
 * Makes people: codes, names, ethnicity, religion, education and the synthetic numbers (national ID,
 * party card). Numbers come from per-province counters, so they are unique and follow generation
 * order, which is itself deterministic.
 */
final class PeopleFactory {

    private final Map<String, int[]> counters = new HashMap<>();

    Life newPerson(Rng rng, ProvinceProfile profile, Gender gender, LocalDate birthDate, boolean member,
            AreaNode residence) {
        ProvinceProfile.Minority minority = null;
        double roll = rng.uniform();
        for (ProvinceProfile.Minority m : profile.minorities()) {
            double share = member ? m.share() : Math.min(0.6, m.share() * 1.5);
            if (roll < share) {
                minority = m;
                break;
            }
            roll -= share;
        }
        String[] name = VietnameseNames.personName(rng, gender, birthDate.getYear(), profile.mekong(), minority);
        String religion = null;
        double religious = member ? profile.religiousShare() : Math.min(0.6, profile.religiousShare() * 4);
        if (minority != null && minority.religion() != null && rng.chance(member ? 0.45 : 0.8)) {
            religion = minority.religion();
        } else if (rng.chance(religious)) {
            religion = profile.religions().get(rng.weighted(new double[] {0.5, 0.25, 0.15, 0.1}) % profile.religions()
                    .size());
        }
        Education education;
        if (member) {
            education = birthDate.getYear() < 1960 && rng.chance(0.35) ? Education.LOWER_SECONDARY
                    : rng.chance(0.85) ? Education.UPPER_SECONDARY : Education.LOWER_SECONDARY;
        } else {
            double e = rng.uniform();
            education = e < 0.12 ? Education.PRIMARY : e < 0.5 ? Education.LOWER_SECONDARY : Education.UPPER_SECONDARY;
        }
        int serial = next(profile.code() + ":person");
        String code = "P." + profile.code() + "." + String.format(Locale.ROOT, "%07d", serial);
        int century = birthDate.getYear() >= 2000 ? 2 : 0;
        String nationalId = profile.cccdPrefix() + (century + (gender == Gender.FEMALE ? 1 : 0))
                + String.format(Locale.ROOT, "%02d", birthDate.getYear() % 100)
                + String.format(Locale.ROOT, "%06d", next(profile.code() + ":cccd") % 1_000_000);
        return new Life(code, VietnameseNames.fullName(name), VietnameseNames.nfc(name[0]), VietnameseNames.nfc(name[1]),
                VietnameseNames.nfc(name[2]), gender, birthDate, minority == null ? "Kinh" : minority.ethnicity(),
                religion, education, nationalId, profile, residence);
    }

    /** A synthetic party card number: the province's two digits and a six-digit serial. */
    String partyCard(ProvinceProfile profile) {
        return profile.cardPrefix() + String.format(Locale.ROOT, "%06d", next(profile.code() + ":card") % 1_000_000);
    }

    String certificateNumber(ProvinceProfile profile, int year) {
        return String.format(Locale.ROOT, "%d/CN-NTVĐ-%s", next(profile.code() + ":cert:" + year), profile.cardPrefix());
    }

    String noticeNumber(ProvinceProfile profile, int year) {
        return String.format(Locale.ROOT, "%d-TB/%d", next(profile.code() + ":notice:" + year), year);
    }

    private int next(String key) {
        int[] counter = counters.computeIfAbsent(key, k -> new int[1]);
        return ++counter[0];
    }
}

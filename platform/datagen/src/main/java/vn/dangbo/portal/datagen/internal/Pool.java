package vn.dangbo.portal.datagen.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of one branch through time: the branch before the merger ({@code pre}) and what it
 * became on 1/7/2025 ({@code post}, the same node when nothing changed). Its members are generated
 * together, branch by branch, which is what lets the generator stream.
 */
final class Pool {

    final OrgNode pre;
    /** Set once the merger has been built; the same node when nothing changed. */
    OrgNode post;
    final PoolKind kind;
    final ProvinceProfile profile;
    /** Members on 1/1/2016 (before calibration to the province's size). */
    final int initialMembers;
    /** Residential areas it serves (residential branches). */
    final List<AreaNode> servedAreas;
    /** Where its people may live. */
    final List<AreaNode> residenceAreas;
    /** Private units of its commune without a party organisation (employers of its residents). */
    final List<UnitNode> localUnitsWithoutOrg;
    /** Household businesses of its commune. */
    final List<UnitNode> localHouseholds;
    /** Grassroots or partial committees whose seats are drawn from this branch (it is their first branch). */
    final List<OrgNode> staffedCommittees = new ArrayList<>();
    /** Yearly admission rate after calibration. */
    double admissionRate;
    /** Yearly share of members rated good or better, per year index. */
    double[] goodShare;
    /** Share of members that receive a task record each year. */
    double taskCoverage;

    Pool(OrgNode pre, OrgNode post, PoolKind kind, ProvinceProfile profile, int initialMembers,
            List<AreaNode> servedAreas, List<AreaNode> residenceAreas, List<UnitNode> localUnitsWithoutOrg,
            List<UnitNode> localHouseholds) {
        this.pre = pre;
        this.post = post == null ? pre : post;
        this.kind = kind;
        this.profile = profile;
        this.initialMembers = initialMembers;
        this.servedAreas = List.copyOf(servedAreas);
        this.residenceAreas = List.copyOf(residenceAreas);
        this.localUnitsWithoutOrg = List.copyOf(localUnitsWithoutOrg);
        this.localHouseholds = List.copyOf(localHouseholds);
    }

    OrgNode orgOn(LocalDate date) {
        return Timeline.beforeMerger(date) ? pre : post;
    }

    String codeOn(LocalDate date) {
        return orgOn(date).code;
    }

    OrgNode directCommitteeFor(int year) {
        return year < Timeline.LAST_YEAR ? pre.directCommittee() : post.directCommittee();
    }
}

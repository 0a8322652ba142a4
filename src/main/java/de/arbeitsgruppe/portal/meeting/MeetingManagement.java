package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.internal.Meetings;
import de.arbeitsgruppe.portal.meeting.internal.SeriesRules;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Visibility;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Meetings of the user's working group. Members see every meeting; partners those visible to
 * partners or to which their organisation is invited, without internal agenda items and invitee
 * lists; anonymous visitors only public events. Only coordinators and admins plan and change.
 */
@Service
public class MeetingManagement {

    private static final Sort BY_START = Sort.by("start", "_id");
    /** The longest period {@link #between} reads: sixteen months, a little more than the personal feed's fifteen. */
    public static final Duration MAX_PERIOD = Duration.ofDays(16 * 31);
    public static final int MAX_REPORT_MEETINGS = 5_000;

    private final Meetings meetings;
    private final SeriesRules seriesRules;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final PortalProperties properties;
    private final Validator validator;
    private final MeetingPlanning planning;
    private final ApplicationEventPublisher events;

    MeetingManagement(Meetings meetings, SeriesRules seriesRules, MongoTemplate mongo, CurrentUser currentUser,
            PortalProperties properties, Validator validator, MeetingPlanning planning,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.seriesRules = seriesRules;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.properties = properties;
        this.validator = validator;
        this.planning = planning;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Meeting> find(String id) {
        var user = currentUser.require();
        return id == null ? Optional.empty() : meetings.findByIdAndWorkingGroupId(id, user.workingGroupId())
                .filter(meeting -> maySee(user, meeting)).map(meeting -> asSeenBy(user, meeting));
    }

    /**
     * Of the meetings named, those the user may see, as the user sees them, by start: one read for
     * a page that lists records of several meetings. At most {@link Limits#MAX_PAGE_SIZE} ids.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> findAll(Collection<String> ids) {
        var user = currentUser.require();
        var wanted = ids.stream().filter(Objects::nonNull).distinct().limit(Limits.MAX_PAGE_SIZE).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        var criteria = visibleTo(user).and("_id").in(wanted);
        return mongo.find(new Query(criteria).with(BY_START), Meeting.class).stream()
                .map(meeting -> asSeenBy(user, meeting)).toList();
    }

    /**
     * Every meeting the user may see that overlaps the period, cancelled ones included, by start: at
     * most {@link #MAX_PERIOD} from {@code from} on (the personal feed's fifteen months fit; a crafted
     * calendar range gets no more) and at most {@link Limits#MAX_PAGE_SIZE} meetings.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> between(Instant from, Instant to) {
        var user = currentUser.require();
        if (!to.isAfter(from)) {
            return List.of();
        }
        var until = Duration.between(from, to).compareTo(MAX_PERIOD) > 0 ? from.plus(MAX_PERIOD) : to;
        var criteria = visibleTo(user).and("start").lt(until).and("end").gt(from);
        return mongo.find(new Query(criteria).with(BY_START).limit(Limits.MAX_PAGE_SIZE), Meeting.class).stream()
                .map(meeting -> asSeenBy(user, meeting)).toList();
    }

    /**
     * For the leadership report: the working group's meetings that began in the period, cancelled ones
     * included, by start; at most {@link #MAX_REPORT_MEETINGS} (far more than a busy group holds in a
     * year). Staff only: the report counts internal meetings too.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<Meeting> startedBetween(Instant from, Instant to) {
        var user = currentUser.require();
        if (!to.isAfter(from)) {
            return List.of();
        }
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId()).and("start").gte(from).lt(to);
        return mongo.find(new Query(criteria).with(BY_START).limit(MAX_REPORT_MEETINGS), Meeting.class);
    }

    /** The next meetings that are not over yet. */
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> upcoming(int limit) {
        var user = currentUser.require();
        var criteria = visibleTo(user).and("end").gt(Instant.now());
        return mongo.find(new Query(criteria).with(BY_START).limit(Limits.pageSize(limit)), Meeting.class).stream()
                .map(meeting -> asSeenBy(user, meeting)).toList();
    }

    /** Upcoming public events for everyone, without a login: nothing internal in them. */
    public List<Meeting> publicUpcoming(int limit) {
        var criteria = Criteria.where("workingGroupId").is(properties.workingGroupId())
                .and("visibility").is(Visibility.PUBLIC)
                .and("state").ne(MeetingState.CANCELLED)
                .and("end").gt(Instant.now());
        return mongo.find(new Query(criteria).with(BY_START).limit(Limits.pageSize(limit)), Meeting.class).stream()
                .map(Meeting::withoutInternals).toList();
    }

    /** One public event for everyone, without a login (its calendar file): not cancelled, nothing internal in it. */
    public Optional<Meeting> publicEvent(String id) {
        return id == null ? Optional.empty() : meetings.findByIdAndWorkingGroupId(id, properties.workingGroupId())
                .filter(meeting -> meeting.getVisibility() == Visibility.PUBLIC && !meeting.isCancelled())
                .map(Meeting::withoutInternals);
    }

    /**
     * One public meeting for everyone, without a login (the OParl interface): cancelled ones too, which
     * say so there; nothing internal in it. Empty when the meeting is unknown or not public (any more).
     */
    public Optional<Meeting> publicMeeting(String id) {
        return id == null ? Optional.empty() : meetings.findByIdAndWorkingGroupId(id, properties.workingGroupId())
                .filter(meeting -> meeting.getVisibility() == Visibility.PUBLIC)
                .map(Meeting::withoutInternals);
    }

    /**
     * Public meetings for everyone, cancelled ones too, by id: the next {@code limit} (at most
     * {@link Limits#MAX_PAGE_SIZE}) after {@code afterId} (null from the first), so that a job can go
     * through all of them page by page.
     */
    public List<Meeting> publicMeetings(String afterId, int limit) {
        var criteria = Criteria.where("workingGroupId").is(properties.workingGroupId())
                .and("visibility").is(Visibility.PUBLIC);
        if (afterId != null) {
            criteria.and("_id").gt(afterId);
        }
        var page = new Query(criteria).with(Sort.by("_id")).limit(Limits.pageSize(limit));
        return mongo.find(page, Meeting.class).stream().map(Meeting::withoutInternals).toList();
    }

    /** The dates of a series the user may see, by start. */
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> series(String seriesId) {
        var user = currentUser.require();
        return meetings.findBySeriesIdOrderByStart(seriesId).stream()
                .filter(meeting -> user.workingGroupId().equals(meeting.getWorkingGroupId()))
                .filter(meeting -> maySee(user, meeting)).map(meeting -> asSeenBy(user, meeting)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<MeetingSeries> seriesRule(String seriesId) {
        var user = currentUser.require();
        // only the rule of a series the user sees a date of: a partner learns nothing of internal series
        if (seriesId == null || !user.isInternal() && series(seriesId).isEmpty()) {
            return Optional.empty();
        }
        return seriesRules.findByIdAndWorkingGroupId(seriesId, user.workingGroupId());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayPlan() {
        return currentUser.require().isCoordinatorOrAdmin();
    }

    /**
     * Plans a single meeting ({@code recurrence} null) or a series; every date is checked before the
     * first is stored. New sessions of the working group get the standard agenda items.
     *
     * @return the (first) meeting
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Meeting create(Meeting meeting, Recurrence recurrence) {
        if (meeting.getId() != null) {
            throw new IllegalArgumentException("new meetings have no id");
        }
        var user = currentUser.require();
        planning.prepareNew(meeting, user);
        check(meeting);
        if (recurrence == null) {
            return save(meeting);
        }
        check(recurrence);
        var dates = recurrence.occurrences(meeting.localStart());
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("the series has no date");
        }
        var series = seriesRules.save(new MeetingSeries(user.workingGroupId(), recurrence, meeting.localStart(),
                meeting.getUid()));
        var saved = meetings.saveAll(planning.datesOf(meeting, series, dates));
        return saved.getFirst();
    }

    /**
     * Stores changes to a meeting; for a date of a series optionally also to every later date that
     * has not taken place (time of day, duration, place, invitees …, each keeping its own agenda).
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Meeting update(Meeting changed, EditScope scope) {
        var user = currentUser.require();
        var stored = meetings.findByIdAndWorkingGroupId(changed.getId(), user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        check(changed);
        var saved = save(planning.changed(changed, stored));
        var concerned = new ArrayList<>(List.of(saved.getId()));
        try {
            if (scope == EditScope.FOLLOWING && saved.isPartOfSeries()) {
                for (Meeting later : laterDates(stored)) {
                    concerned.add(save(planning.following(later, stored, saved)).getId());
                }
            }
        } finally {
            // a later date someone else changed meanwhile stops the run: the dates already changed are told anyway
            events.publishEvent(new MeetingsChanged(concerned, false));
        }
        return saved;
    }

    /** Moves one date (the calendar's drag and drop); invitees get an update. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Meeting reschedule(String id, Instant start, Instant end) {
        var user = currentUser.require();
        var meeting = meetings.findByIdAndWorkingGroupId(id, user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        meeting.setStart(start);
        meeting.setEnd(end);
        return update(meeting, EditScope.THIS);
    }

    /** Cancels one date or the rest of its series; the other dates stay. Invitees get a cancellation. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public void cancel(String id, EditScope scope) {
        var user = currentUser.require();
        var meeting = meetings.findByIdAndWorkingGroupId(id, user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        if (meeting.getState() == MeetingState.HELD) {
            throw new IllegalArgumentException("meeting " + id + " took place and cannot be cancelled");
        }
        var concerned = new ArrayList<Meeting>(List.of(meeting));
        if (scope == EditScope.FOLLOWING && meeting.isPartOfSeries()) {
            concerned.addAll(laterDates(meeting));
        }
        var ids = new ArrayList<String>();
        try {
            for (Meeting date : concerned) {
                date.setState(MeetingState.CANCELLED);
                ids.add(save(planning.bumped(date)).getId());
            }
        } finally {
            if (!ids.isEmpty()) {
                events.publishEvent(new MeetingsChanged(ids, true));
            }
        }
    }

    /** Notes that the invitation went out (or an update of it); later changes raise the sequence. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Meeting markInvited(String id) {
        var user = currentUser.require();
        var meeting = meetings.findByIdAndWorkingGroupId(id, user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        if (meeting.getInvitedAt() == null) {
            meeting.setInvitedAt(Instant.now());
        }
        if (meeting.getState() == MeetingState.PLANNED) {
            meeting.setState(MeetingState.INVITED);
        }
        return save(meeting);
    }

    private List<Meeting> laterDates(Meeting date) {
        return meetings.findBySeriesIdOrderByStart(date.getSeriesId()).stream()
                .filter(other -> other.getRecurrenceId().isAfter(date.getRecurrenceId()))
                .filter(other -> other.getState() != MeetingState.HELD && other.getState() != MeetingState.CANCELLED)
                .toList();
    }

    private Meeting save(Meeting meeting) {
        meeting.setWorkingGroupId(currentUser.require().workingGroupId());
        return VersionedSave.of(meeting, () -> meetings.save(meeting));
    }

    private void check(Object candidate) {
        var violations = validator.validate(candidate);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static boolean maySee(PortalUser user, Meeting meeting) {
        return user.isInternal() || user.visibleLevels().contains(meeting.getVisibility())
                || meeting.getInvitedOrganisationIds().contains(user.organisationId());
    }

    private static Meeting asSeenBy(PortalUser user, Meeting meeting) {
        return user.isInternal() ? meeting : meeting.withoutInternals(user.organisationId());
    }

    private static Criteria visibleTo(PortalUser user) {
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId());
        if (!user.isInternal()) {
            criteria.orOperator(Criteria.where("visibility").in(user.visibleLevels()),
                    Criteria.where("invitedOrganisationIds").is(user.organisationId()));
        }
        return criteria;
    }

    /**
     * One page of the meetings the user may see, for the list of dates: those not over yet from the
     * soonest, or ({@code past}) those over from the latest; of one type, or of all when null.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> list(boolean past, MeetingType type, int offset, int limit) {
        var user = currentUser.require();
        var now = Instant.now();
        var criteria = visibleTo(user);
        if (past) {
            criteria.and("end").lte(now);
        } else {
            criteria.and("end").gt(now);
        }
        if (type != null) {
            criteria.and("type").is(type);
        }
        var order = past ? Sort.by(Sort.Direction.DESC, "start", "_id") : BY_START;
        var page = new Query(criteria).with(order).skip(Limits.offset(offset)).limit(Limits.pageSize(limit));
        return mongo.find(page, Meeting.class).stream()
                .map(meeting -> asSeenBy(user, meeting)).toList();
    }
}

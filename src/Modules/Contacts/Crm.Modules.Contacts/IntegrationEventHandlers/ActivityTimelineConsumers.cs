using Crm.Modules.Activities.Contracts;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Timeline;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.IntegrationEventHandlers;

/// <summary>
/// Records a logged call (kind <c>call</c>) or visit report (kind <c>visit</c>) on the timelines of its company and
/// contacts. The detail is <c>{"interactionId":…,"direction":…,"durationSeconds":…,"outcome":…,"title":…,"location":…,"excerpt":…}</c>,
/// the excerpt being the notes' first lines.
/// </summary>
internal sealed class InteractionLoggedTimelineConsumer(ContactsDbContext db, TimeProvider time)
    : IdempotentConsumer<InteractionLoggedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(InteractionLoggedIntegrationEvent message, CancellationToken cancellationToken)
    {
        Context.TimelineEntries.AddRange(InteractionEntries.For(message));
        return Task.CompletedTask;
    }
}

/// <summary>A changed call or visit report replaces its entries, on the timelines of the records it is now about.</summary>
internal sealed class InteractionUpdatedTimelineConsumer(ContactsDbContext db, TimeProvider time)
    : IdempotentConsumer<InteractionUpdatedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override async Task HandleAsync(InteractionUpdatedIntegrationEvent message, CancellationToken cancellationToken)
    {
        await InteractionEntries.Of(Context, message.InteractionId).ExecuteDeleteAsync(cancellationToken);
        Context.TimelineEntries.AddRange(InteractionEntries.For(new InteractionLoggedIntegrationEvent(
            message.EventId, message.OccurredAtUtc, message.InteractionId, message.Kind, message.HappenedAtUtc, message.Direction, message.DurationSeconds,
            message.Outcome, message.Title, message.Location, message.Notes, message.LoggedBy, message.ContactIds, message.CompanyId, message.DealId)));
    }
}

/// <summary>The timeline entries of a call or visit report: one per contact and for its company, found again by its id.</summary>
internal static class InteractionEntries
{
    public static IEnumerable<TimelineEntry> For(InteractionLoggedIntegrationEvent message)
    {
        var kind = message.Kind == "Visit" ? ActivityTimelineKinds.Visit : ActivityTimelineKinds.Call;
        var detail = ActivityTimelineKinds.FitDetail(
            texts => new
            {
                interactionId = message.InteractionId,
                direction = message.Direction,
                durationSeconds = message.DurationSeconds,
                outcome = message.Outcome,
                title = texts[0],
                location = texts[1],
                excerpt = texts[2],
            },
            ActivityTimelineKinds.ShortTitle(message.Title),
            ActivityTimelineKinds.ShortTitle(message.Location),
            ActivityTimelineKinds.Excerpt(message.Notes));
        return ActivityTimelineKinds.Subjects(message.CompanyId, message.ContactIds).Select(s => new TimelineEntry
        {
            Id = TimelineEntryIds.For(message.EventId, s.Id),
            Subject = s.Kind,
            SubjectId = s.Id,
            Kind = kind,
            Detail = detail,
            OccurredAtUtc = message.HappenedAtUtc,
        });
    }

    /// <summary>Wherever merges have moved them since.</summary>
    public static IQueryable<TimelineEntry> Of(ContactsDbContext db, Guid interactionId)
    {
        var marker = $"\"interactionId\":\"{interactionId}\"";
        return db.TimelineEntries.Where(t => (t.Kind == ActivityTimelineKinds.Call || t.Kind == ActivityTimelineKinds.Visit) && t.Detail!.Contains(marker));
    }
}

/// <summary>A deleted call or visit report leaves every timeline, wherever merges have moved its entries since.</summary>
internal sealed class InteractionDeletedTimelineConsumer(ContactsDbContext db, TimeProvider time)
    : IdempotentConsumer<InteractionDeletedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(InteractionDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        InteractionEntries.Of(Context, message.InteractionId).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>
/// Records a task done (kind <c>task_done</c>, detail <c>{"taskId":…,"title":…}</c>) on the timeline of the contact or
/// company it was about; a task about something else (a deal, a ticket, nothing) has no place there.
/// </summary>
internal sealed class TaskCompletedTimelineConsumer(ContactsDbContext db, TimeProvider time)
    : IdempotentConsumer<TaskCompletedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(TaskCompletedIntegrationEvent message, CancellationToken cancellationToken)
    {
        RecordKind? subject = message.RelatedType switch
        {
            "contact" => RecordKind.Contact,
            "company" => RecordKind.Company,
            _ => null,
        };
        if (subject is null || message.RelatedId is not { } subjectId)
        {
            return Task.CompletedTask;
        }

        Context.TimelineEntries.Add(new TimelineEntry
        {
            Id = TimelineEntryIds.For(message.EventId, subjectId),
            Subject = subject.Value,
            SubjectId = subjectId,
            Kind = ActivityTimelineKinds.TaskDone,
            Detail = ActivityTimelineKinds.FitDetail(texts => new { taskId = message.TaskId, title = texts[0] }, ActivityTimelineKinds.ShortTitle(message.Title)),
            OccurredAtUtc = message.OccurredAtUtc,
        });
        return Task.CompletedTask;
    }
}

/// <summary>
/// Records a meeting that took place (kind <c>meeting</c>, detail <c>{"appointmentId":…,"title":…,"location":…}</c>) on the
/// timelines of the contacts who attended and of the company it was about.
/// </summary>
internal sealed class MeetingHeldTimelineConsumer(ContactsDbContext db, TimeProvider time)
    : IdempotentConsumer<MeetingHeldIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(MeetingHeldIntegrationEvent message, CancellationToken cancellationToken)
    {
        var detail = ActivityTimelineKinds.FitDetail(
            texts => new { appointmentId = message.AppointmentId, title = texts[0], location = texts[1] },
            ActivityTimelineKinds.ShortTitle(message.Title),
            ActivityTimelineKinds.ShortTitle(message.Location));
        var company = message.RelatedType == "company" ? message.RelatedId : null;
        Context.TimelineEntries.AddRange(ActivityTimelineKinds.Subjects(company, message.ContactIds).Select(s => new TimelineEntry
        {
            Id = TimelineEntryIds.For(message.EventId, s.Id),
            Subject = s.Kind,
            SubjectId = s.Id,
            Kind = ActivityTimelineKinds.Meeting,
            Detail = detail,
            OccurredAtUtc = message.StartUtc,
        }));
        return Task.CompletedTask;
    }
}

using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Contacts.Features.Timeline;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListTimeline;

/// <summary>
/// One thing on a record's timeline: a note (<see cref="Note"/>), or an event such as <c>created</c>, <c>updated</c>
/// (with <see cref="ChangedFields"/>), <c>owner_changed</c> (with the new <see cref="OwnerId"/>), <c>deal_created</c> or
/// <c>deal_won</c> or <c>deal_lost</c> (with the <see cref="Deal"/>), <c>call</c> or <c>visit</c> (with the
/// <see cref="Interaction"/>), <c>task_done</c> (with the <see cref="Task"/>), <c>meeting</c> (with the <see cref="Meeting"/>).
/// </summary>
internal sealed record TimelineItem(Guid Id, string Kind, DateTimeOffset OccurredAtUtc, IReadOnlyList<string> ChangedFields, Guid? OwnerId, NoteResponse? Note)
{
    public TimelineDeal? Deal { get; init; }

    public TimelineInteraction? Interaction { get; init; }

    public TimelineTask? Task { get; init; }

    public TimelineMeeting? Meeting { get; init; }
}

/// <summary>
/// A logged call (<see cref="Direction"/>, <see cref="DurationSeconds"/>, <see cref="Outcome"/>) or visit report
/// (<see cref="Location"/>), with the first lines of its notes, as logged.
/// </summary>
internal sealed record TimelineInteraction(Guid Id, string? Direction, int? DurationSeconds, string? Outcome, string? Title, string? Location, string? Excerpt);

/// <summary>The task done, as titled when it was.</summary>
internal sealed record TimelineTask(Guid Id, string Title);

/// <summary>A meeting that took place (an appointment's occurrence), as titled then.</summary>
internal sealed record TimelineMeeting(Guid AppointmentId, string Title, string? Location);

/// <summary>The deal a timeline entry is about, as named when the entry was written.</summary>
internal sealed record TimelineDeal(Guid Id, string Name);

/// <summary>
/// The timeline of a contact or company the caller can see, newest first, one keyset page at a time: its notes and what
/// happened to it, all kinds or those in <see cref="Kinds"/> (comma-separated, <c>note</c> among them).
/// </summary>
internal sealed record ListTimeline(RecordKind Subject, Guid SubjectId, string? Kinds, int? Limit, string? Cursor) : IQuery<Result<Page<TimelineItem>>>;

internal sealed class ListTimelineValidator : AbstractValidator<ListTimeline>
{
    public ListTimelineValidator() => RuleFor(q => q.Kinds).MaximumLength(200);
}

internal sealed class ListTimelineHandler(ContactsDbContext db, VisibleSubjects subjects, NoteHtml html, ICurrentUser currentUser)
    : IQueryHandler<ListTimeline, Result<Page<TimelineItem>>>
{
    private const string NoteKind = "note";

    public async ValueTask<Result<Page<TimelineItem>>> Handle(ListTimeline query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var visible = await subjects.CheckVisibleAsync(query.Subject, query.SubjectId, cancellationToken);
        if (!visible.IsSuccess)
        {
            return visible.Error;
        }

        var page = paging.Value;
        var kinds = query.Kinds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var items = new List<TimelineItem>();

        // Both read the page's worth newest first after the cursor; merged, the newest page's worth is the page.
        if (kinds is null || kinds.Contains(NoteKind))
        {
            var notes = db.Notes.AsNoTracking().Where(n => n.Subject == query.Subject && n.SubjectId == query.SubjectId);
            if (page.After is { } after)
            {
                var afterId = new NoteId(after);
                notes = notes.Where(n => n.Id.CompareTo(afterId) < 0);
            }

            var rows = await notes.OrderByDescending(n => n.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
            items.AddRange(rows.Select(n => new TimelineItem(n.Id.Value, NoteKind, n.CreatedAtUtc, [], null, NoteResponse.From(n, html, currentUser.Id))));
        }

        var entries = db.TimelineEntries.AsNoTracking().Where(t => t.Subject == query.Subject && t.SubjectId == query.SubjectId);
        if (kinds is not null)
        {
            entries = entries.Where(t => kinds.Contains(t.Kind));
        }

        if (page.After is { } afterEntry)
        {
            entries = entries.Where(t => t.Id.CompareTo(afterEntry) < 0);
        }

        var entryRows = await entries.OrderByDescending(t => t.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        items.AddRange(entryRows.Select(ItemOf));
        var newest = items.OrderByDescending(i => i.Id).Take(page.Limit + 1).ToList();
        return page.ToPage(newest, i => i.Id, i => i);
    }

    private static TimelineItem ItemOf(TimelineEntry entry) => new(
        entry.Id,
        entry.Kind,
        entry.OccurredAtUtc,
        entry.Kind == "updated" && entry.Detail is { } fields ? fields.Split(',') : [],
        entry.Kind == "owner_changed" && Guid.TryParse(entry.Detail, out var owner) ? owner : null,
        null)
    {
        Deal = entry.Kind.StartsWith("deal_", StringComparison.Ordinal) && entry.Detail is { } detail ? DealOf(detail) : null,
        Interaction = entry.Kind is ActivityTimelineKinds.Call or ActivityTimelineKinds.Visit && entry.Detail is { } logged ? InteractionOf(logged) : null,
        Task = entry.Kind == ActivityTimelineKinds.TaskDone && entry.Detail is { } done ? TaskOf(done) : null,
        Meeting = entry.Kind == ActivityTimelineKinds.Meeting && entry.Detail is { } held ? MeetingOf(held) : null,
    };

    private static TimelineMeeting? MeetingOf(string detail)
    {
        using var json = JsonDocument.Parse(detail);
        var root = json.RootElement;
        return root.TryGetProperty("appointmentId", out var id) ? new TimelineMeeting(id.GetGuid(), Text(root, "title") ?? string.Empty, Text(root, "location")) : null;
    }

    private static TimelineInteraction? InteractionOf(string detail)
    {
        using var json = JsonDocument.Parse(detail);
        var root = json.RootElement;
        return root.TryGetProperty("interactionId", out var id)
            ? new TimelineInteraction(
                id.GetGuid(), Text(root, "direction"), root.TryGetProperty("durationSeconds", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : null,
                Text(root, "outcome"), Text(root, "title"), Text(root, "location"), Text(root, "excerpt"))
            : null;
    }

    private static TimelineTask? TaskOf(string detail)
    {
        using var json = JsonDocument.Parse(detail);
        return json.RootElement.TryGetProperty("taskId", out var id) ? new TimelineTask(id.GetGuid(), Text(json.RootElement, "title") ?? string.Empty) : null;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TimelineDeal? DealOf(string detail)
    {
        using var json = JsonDocument.Parse(detail);
        return json.RootElement.TryGetProperty("dealId", out var id) && json.RootElement.TryGetProperty("name", out var name)
            ? new TimelineDeal(id.GetGuid(), name.GetString() ?? string.Empty)
            : null;
    }
}

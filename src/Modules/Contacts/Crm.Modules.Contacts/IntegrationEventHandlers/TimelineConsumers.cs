using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Timeline;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Imports;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.IntegrationEventHandlers;

/// <summary>Records an event about a contact or a company on its timeline.</summary>
internal abstract class TimelineConsumer<TEvent>(ContactsDbContext db, TimeProvider time) : IdempotentConsumer<TEvent, ContactsDbContext>(db, time)
    where TEvent : class, IIntegrationEvent
{
    protected override Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        var (subject, subjectId, kind, detail) = Describe(message);
        Context.TimelineEntries.Add(new TimelineEntry
        {
            Id = message.EventId,
            Subject = subject,
            SubjectId = subjectId,
            Kind = kind,
            Detail = detail,
            OccurredAtUtc = message.OccurredAtUtc,
        });
        return Task.CompletedTask;
    }

    protected abstract (RecordKind Subject, Guid SubjectId, string Kind, string? Detail) Describe(TEvent message);
}

internal sealed class ContactCreatedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<ContactCreatedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(ContactCreatedIntegrationEvent e) => (RecordKind.Contact, e.ContactId, "created", null);
}

internal sealed class ContactUpdatedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<ContactUpdatedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(ContactUpdatedIntegrationEvent e) =>
        (RecordKind.Contact, e.ContactId, "updated", string.Join(',', e.ChangedFields));
}

internal sealed class ContactOwnerChangedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<ContactOwnerChangedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(ContactOwnerChangedIntegrationEvent e) =>
        (RecordKind.Contact, e.ContactId, "owner_changed", e.OwnerId.ToString());
}

internal sealed class ContactsMergedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<ContactsMergedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(ContactsMergedIntegrationEvent e) =>
        (RecordKind.Contact, e.TargetId, "merged", string.Join(',', e.SourceIds));
}

internal sealed class ContactsMergeUndoneTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<ContactsMergeUndoneIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(ContactsMergeUndoneIntegrationEvent e) =>
        (RecordKind.Contact, e.TargetId, "merge_undone", string.Join(',', e.SourceIds));
}

internal sealed class CompaniesMergedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<CompaniesMergedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(CompaniesMergedIntegrationEvent e) =>
        (RecordKind.Company, e.TargetId, "merged", string.Join(',', e.SourceIds));
}

internal sealed class CompaniesMergeUndoneTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<CompaniesMergeUndoneIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(CompaniesMergeUndoneIntegrationEvent e) =>
        (RecordKind.Company, e.TargetId, "merge_undone", string.Join(',', e.SourceIds));
}

internal sealed class CompanyCreatedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<CompanyCreatedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(CompanyCreatedIntegrationEvent e) => (RecordKind.Company, e.CompanyId, "created", null);
}

internal sealed class CompanyUpdatedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<CompanyUpdatedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(CompanyUpdatedIntegrationEvent e) =>
        (RecordKind.Company, e.CompanyId, "updated", string.Join(',', e.ChangedFields));
}

internal sealed class CompanyOwnerChangedTimelineConsumer(ContactsDbContext db, TimeProvider time) : TimelineConsumer<CompanyOwnerChangedIntegrationEvent>(db, time)
{
    protected override (RecordKind, Guid, string, string?) Describe(CompanyOwnerChangedIntegrationEvent e) =>
        (RecordKind.Company, e.CompanyId, "owner_changed", e.OwnerId.ToString());
}

/// <summary>A deleted contact's timeline goes with it.</summary>
internal sealed class ContactDeletedTimelineConsumer(ContactsDbContext db, TimeProvider time) : IdempotentConsumer<ContactDeletedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(ContactDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        Context.TimelineEntries.Where(t => t.Subject == RecordKind.Contact && t.SubjectId == message.ContactId).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>A deleted company's timeline goes with it.</summary>
internal sealed class CompanyDeletedTimelineConsumer(ContactsDbContext db, TimeProvider time) : IdempotentConsumer<CompanyDeletedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(CompanyDeletedIntegrationEvent message, CancellationToken cancellationToken) =>
        Context.TimelineEntries.Where(t => t.Subject == RecordKind.Company && t.SubjectId == message.CompanyId).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Each contact an import created gets a first entry naming the import.</summary>
internal sealed class ContactsImportedTimelineConsumer(ContactsDbContext db, TimeProvider time) : IdempotentConsumer<ContactsImportedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override async Task HandleAsync(ContactsImportedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var entries = message.ContactIds.Select(id => new TimelineEntry
        {
            Id = TypedId.NewValue(),
            Subject = RecordKind.Contact,
            SubjectId = id,
            Kind = "imported",
            Detail = message.ImportId.ToString(),
            OccurredAtUtc = message.OccurredAtUtc,
        });
        if (Context.Provider == DatabaseProvider.Postgres)
        {
            await TimelineEntryCopy.WriteAsync(Context, entries, cancellationToken);
        }
        else
        {
            Context.TimelineEntries.AddRange(entries);
        }
    }
}

/// <summary>The timelines of contacts deleted together go with them.</summary>
internal sealed class ContactsDeletedTimelineConsumer(ContactsDbContext db, TimeProvider time) : IdempotentConsumer<ContactsDeletedIntegrationEvent, ContactsDbContext>(db, time)
{
    protected override Task HandleAsync(ContactsDeletedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var ids = message.ContactIds.ToList();
        return Context.TimelineEntries.Where(t => t.Subject == RecordKind.Contact && ids.Contains(t.SubjectId)).ExecuteDeleteAsync(cancellationToken);
    }
}

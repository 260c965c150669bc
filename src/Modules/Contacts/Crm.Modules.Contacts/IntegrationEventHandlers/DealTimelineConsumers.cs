using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Timeline;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.SalesPipeline.Contracts;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.IntegrationEventHandlers;

/// <summary>
/// Records a deal's opening, win or loss on the timelines of its company and contacts. The detail is
/// <c>{"dealId":…,"name":…}</c>, so the timeline can name the deal and link to it.
/// </summary>
internal abstract class DealTimelineConsumer<TEvent>(ContactsDbContext db, TimeProvider time) : IdempotentConsumer<TEvent, ContactsDbContext>(db, time)
    where TEvent : class, IIntegrationEvent
{
    protected override Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        var (kind, dealId, name, companyId, contactIds) = Describe(message);
        var detail = JsonSerializer.Serialize(new { dealId, name = name.Length > 300 ? name[..300] : name });
        var subjects = contactIds.Select(id => (RecordKind.Contact, id));
        if (companyId is { } company)
        {
            subjects = subjects.Prepend((RecordKind.Company, company));
        }

        Context.TimelineEntries.AddRange(subjects.Select(s => new TimelineEntry
        {
            Id = TimelineEntryIds.For(message.EventId, s.Item2),
            Subject = s.Item1,
            SubjectId = s.Item2,
            Kind = kind,
            Detail = detail,
            OccurredAtUtc = message.OccurredAtUtc,
        }));
        return Task.CompletedTask;
    }

    protected abstract (string Kind, Guid DealId, string Name, Guid? CompanyId, IReadOnlyList<Guid> ContactIds) Describe(TEvent message);
}

internal sealed class DealCreatedTimelineConsumer(ContactsDbContext db, TimeProvider time) : DealTimelineConsumer<DealCreatedIntegrationEvent>(db, time)
{
    protected override (string, Guid, string, Guid?, IReadOnlyList<Guid>) Describe(DealCreatedIntegrationEvent e) => ("deal_created", e.DealId, e.Name, e.CompanyId, e.ContactIds);
}

internal sealed class DealWonTimelineConsumer(ContactsDbContext db, TimeProvider time) : DealTimelineConsumer<DealWonIntegrationEvent>(db, time)
{
    protected override (string, Guid, string, Guid?, IReadOnlyList<Guid>) Describe(DealWonIntegrationEvent e) => ("deal_won", e.DealId, e.Name, e.CompanyId, e.ContactIds);
}

internal sealed class DealLostTimelineConsumer(ContactsDbContext db, TimeProvider time) : DealTimelineConsumer<DealLostIntegrationEvent>(db, time)
{
    protected override (string, Guid, string, Guid?, IReadOnlyList<Guid>) Describe(DealLostIntegrationEvent e) => ("deal_lost", e.DealId, e.Name, e.CompanyId, e.ContactIds);
}

using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Contacts.Contracts;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.IntegrationEventHandlers;

/// <summary>
/// Tasks, logged interactions and appointments follow merged contacts to the contact kept: a task about a merged
/// contact is about the kept one, and an interaction or appointment with it names the kept one (once, when it named both).
/// </summary>
internal sealed class ContactsMergedConsumer(ActivitiesDbContext db, TimeProvider time) : IdempotentConsumer<ContactsMergedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    protected override async Task HandleAsync(ContactsMergedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var sources = message.SourceIds.ToList();
        var nullableSources = sources.Cast<Guid?>().ToList();
        await Context.Tasks.Where(t => t.RelatedType == "contact" && nullableSources.Contains(t.RelatedId))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RelatedId, message.TargetId), cancellationToken);
        var interactions = await Context.Interactions.Where(i => i.Contacts.Any(c => sources.Contains(c.ContactId))).ToListAsync(cancellationToken);
        foreach (var interaction in interactions)
        {
            interaction.RepointContacts(sources, message.TargetId);
        }

        await AppointmentsFollowAsync(Context, "contact", sources, message.TargetId, cancellationToken);
    }

    /// <summary>Appointments about a merged record, or (contacts) inviting one, point at the record kept.</summary>
    public static async Task AppointmentsFollowAsync(ActivitiesDbContext db, string recordType, IReadOnlyCollection<Guid> sources, Guid targetId, CancellationToken cancellationToken)
    {
        var related = sources.Cast<Guid?>().ToList();
        var appointments = await db.Appointments.Include(a => a.Attendees)
            .Where(a => (a.RelatedType == recordType && related.Contains(a.RelatedId))
                || (recordType == "contact" && a.Attendees.Any(t => t.Kind == AttendeeKind.Contact && sources.Contains(t.AttendeeId))))
            .ToListAsync(cancellationToken);
        foreach (var appointment in appointments)
        {
            foreach (var source in sources)
            {
                appointment.FollowMerge(recordType, source, targetId);
            }
        }
    }
}

/// <summary>Tasks, logged interactions and appointments follow merged companies to the company kept.</summary>
internal sealed class CompaniesMergedConsumer(ActivitiesDbContext db, TimeProvider time) : IdempotentConsumer<CompaniesMergedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    protected override async Task HandleAsync(CompaniesMergedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var sources = message.SourceIds.Cast<Guid?>().ToList();
        await Context.Tasks.Where(t => t.RelatedType == "company" && sources.Contains(t.RelatedId))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RelatedId, message.TargetId), cancellationToken);
        await Context.Interactions.Where(i => sources.Contains(i.CompanyId))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.CompanyId, message.TargetId), cancellationToken);
        await ContactsMergedConsumer.AppointmentsFollowAsync(Context, "company", message.SourceIds, message.TargetId, cancellationToken);
    }
}

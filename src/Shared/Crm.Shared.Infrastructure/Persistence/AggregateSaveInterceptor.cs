using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// On every save of a module's context: bumps the version of changed aggregates (the concurrency token),
/// and turns their domain events that matter to other modules into outbox rows in the same transaction.
/// </summary>
internal sealed class AggregateSaveInterceptor<TContext>(
    IEnumerable<IIntegrationEventMapper<TContext>> mappers,
    OutboxSignal<TContext> signal,
    TimeProvider time) : SaveChangesInterceptor
    where TContext : ModuleDbContext
{
    private bool _outboxWritten;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave();
        return ValueTask.FromResult(result);
    }

    private void BeforeSave(DbContext? context)
    {
        if (context is not TContext moduleContext)
        {
            return;
        }

        var aggregates = moduleContext.ChangeTracker.Entries<IHasDomainEvents>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted || e.Entity.DomainEvents.Count > 0)
            .ToList();

        foreach (var entry in aggregates)
        {
            if (entry.State is not EntityState.Deleted)
            {
                entry.Entity.IncrementVersion();
            }

            foreach (var domainEvent in entry.Entity.DomainEvents)
            {
                foreach (var integrationEvent in mappers.SelectMany(m => m.Map(domainEvent)))
                {
                    moduleContext.OutboxMessages.Add(new OutboxMessage
                    {
                        Id = integrationEvent.EventId,
                        Type = MessageSerializer.TypeName(integrationEvent.GetType()),
                        Payload = MessageSerializer.Serialize(integrationEvent),
                        OccurredAtUtc = time.GetUtcNow(),
                    });
                    _outboxWritten = true;
                }
            }

            entry.Entity.ClearDomainEvents();
        }
    }

    private void AfterSave()
    {
        if (_outboxWritten)
        {
            _outboxWritten = false;
            signal.Notify();
        }
    }
}

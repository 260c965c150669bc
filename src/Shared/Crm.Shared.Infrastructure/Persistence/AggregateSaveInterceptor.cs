using System.Data.Common;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// On every save of a module's context: sets the version of each changed aggregate to the version it was read at
/// plus one (the concurrency token), and turns its domain events that matter to other modules into outbox rows in the
/// same transaction. Once those rows are committed it wakes the module's relay.
/// </summary>
internal sealed class AggregateSaveInterceptor<TContext>(
    IEnumerable<IIntegrationEventMapper<TContext>> mappers,
    OutboxSignal<TContext> signal,
    TimeProvider time) : SaveChangesInterceptor, IDbTransactionInterceptor
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
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _outboxWritten = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _outboxWritten = false;
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _outboxWritten = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _outboxWritten = false;
        return Task.CompletedTask;
    }

    private void BeforeSave(DbContext? context)
    {
        if (context is not TContext moduleContext)
        {
            return;
        }

        var aggregates = moduleContext.ChangeTracker.Entries<IHasDomainEvents>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified || e.Entity.DomainEvents.Count > 0)
            .ToList();

        foreach (var entry in aggregates)
        {
            if (entry.State is not EntityState.Deleted)
            {
                // From the value read, not the current one, so a retried save does not count twice.
                var version = entry.Property(a => a.Version);
                version.CurrentValue = entry.State is EntityState.Added ? 1 : version.OriginalValue + 1;
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
                }
            }

            entry.Entity.ClearDomainEvents();
        }

        _outboxWritten |= moduleContext.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
    }

    private void SignalIfCommitted(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible to the relay until TransactionCommitted.
        if (context?.Database.CurrentTransaction is null)
        {
            Signal();
        }
    }

    private void Signal()
    {
        if (_outboxWritten)
        {
            _outboxWritten = false;
            signal.Notify();
        }
    }
}

using System.Text.Json;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.CustomFields;

/// <summary>
/// Makes checking that a unique custom field's value is free and saving it one step, so that two requests giving the
/// same value at the same instant cannot both pass the check (<see cref="CustomFieldUniqueness"/>). A request that gives
/// a unique field of an entity opens a transaction and holds, until it commits, that entity's lock: PostgreSQL's
/// transaction-scoped advisory lock, SQL Server's application lock, SQLite's write lock (its transactions begin
/// IMMEDIATE: one writer at a time). Imports take it in their batch's transaction.
/// </summary>
internal sealed class UniqueValuesLock(ContactsDbContext db, CustomFieldCatalog catalog)
{
    /// <summary>Held when <paramref name="given"/> (the values a request sets) holds a unique field of <paramref name="entity"/>; else nothing to hold.</summary>
    public async Task<UniqueValuesHeld> TakeAsync(CustomFieldEntity entity, IReadOnlyDictionary<string, JsonElement>? given, CancellationToken cancellationToken)
    {
        var definitions = await catalog.ForAsync(entity, cancellationToken);
        if (given is null || !definitions.Any(d => d.IsUnique && given.ContainsKey(d.Key)))
        {
            return new UniqueValuesHeld(null);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await HoldAsync(entity, cancellationToken);
        return new UniqueValuesHeld(transaction);
    }

    /// <summary>Takes the lock of <paramref name="entity"/> in the transaction under way.</summary>
    public async Task HoldAsync(CustomFieldEntity entity, CancellationToken cancellationToken)
    {
        var resource = $"crm.contacts.unique-values.{entity}";
        switch (db.Provider)
        {
            case DatabaseProvider.Postgres:
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", [resource], cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlRawAsync("EXEC sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", [resource], cancellationToken);
                break;
        }
    }
}

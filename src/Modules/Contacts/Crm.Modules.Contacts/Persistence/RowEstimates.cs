using System.Text.Json;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Persistence;

/// <summary>
/// How many rows a list query holds: counted exactly up to <see cref="ExactUpTo"/>; above, on PostgreSQL, the planner's
/// estimate (counting a million rows for a page header costs more than the page), elsewhere the exact count.
/// </summary>
internal sealed class RowEstimates(ContactsDbContext db)
{
    public const int ExactUpTo = 10_000;

    public async Task<(long Count, bool IsEstimate)> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var capped = await query.Take(ExactUpTo + 1).CountAsync(cancellationToken);
        if (capped <= ExactUpTo)
        {
            return (capped, false);
        }

        if (db.Provider != DatabaseProvider.Postgres)
        {
            return (await query.LongCountAsync(cancellationToken), false);
        }

        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var plan = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "[]";
            using var json = JsonDocument.Parse(plan);
            var rows = json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
            return (Math.Max((long)rows, ExactUpTo + 1), true);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

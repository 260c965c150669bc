using System.Text.Json;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Persistence;

/// <summary>
/// How many rows a list query holds: counted exactly up to <see cref="ExactUpTo"/>; above, on PostgreSQL, the planner's
/// estimate (counting a million rows for a page header costs more than the page), elsewhere the exact count. On
/// PostgreSQL a list the planner puts well above the limit is not counted at all.
/// </summary>
internal sealed class RowEstimates(ContactsDbContext db)
{
    public const int ExactUpTo = 10_000;

    /// <summary>A planner's estimate this far above <see cref="ExactUpTo"/> is trusted without counting.</summary>
    private const long ClearlyAbove = 5 * ExactUpTo;

    public async Task<(long Count, bool IsEstimate)> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        // A list the planner expects to be far longer than the exact limit is not counted at all: counting the first
        // 10,001 rows of a filter that holds a hundred thousand costs more than the page.
        var planned = db.Provider == DatabaseProvider.Postgres ? await PlannedRowsAsync(query, cancellationToken) : (long?)null;
        if (planned > ClearlyAbove)
        {
            return (planned.Value, true);
        }

        var capped = await query.Take(ExactUpTo + 1).CountAsync(cancellationToken);
        if (capped <= ExactUpTo)
        {
            return (capped, false);
        }

        return planned is { } rows ? (Math.Max(rows, ExactUpTo + 1), true) : (await query.LongCountAsync(cancellationToken), false);
    }

    private async Task<long> PlannedRowsAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var plan = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "[]";
            using var json = JsonDocument.Parse(plan);
            return (long)json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

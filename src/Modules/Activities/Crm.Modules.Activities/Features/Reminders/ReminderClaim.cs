using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>
/// Claims due, unfired reminders inside the caller's transaction. On PostgreSQL and SQL Server the rows stay locked
/// until commit and other dispatchers skip them (as the outbox relays do), so two processes never fire one row.
/// SQLite is single-process: its dispatcher is the only one.
/// </summary>
internal static class ReminderClaim
{
    public static Task<List<Reminder>> ClaimAsync(ActivitiesDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var schema = ActivitiesModule.Schema;
#pragma warning disable EF1002 // Only the module's schema name and a number are interpolated; the instant is a parameter.
        return db.Provider switch
        {
            DatabaseProvider.Postgres => db.Reminders.FromSqlRaw(
                $$"""
                SELECT * FROM "{{schema}}".reminders
                WHERE fired_at_utc IS NULL AND due_at_utc <= {0}
                ORDER BY due_at_utc
                LIMIT {{batchSize}}
                FOR UPDATE SKIP LOCKED
                """, now).ToListAsync(cancellationToken),
            DatabaseProvider.SqlServer => db.Reminders.FromSqlRaw(
                $$"""
                SELECT TOP ({{batchSize}}) * FROM [{{schema}}].[reminders] WITH (UPDLOCK, READPAST, ROWLOCK)
                WHERE fired_at_utc IS NULL AND due_at_utc <= {0}
                ORDER BY due_at_utc
                """, now).ToListAsync(cancellationToken),
            _ => db.Reminders.Where(r => r.FiredAtUtc == null && r.DueAtUtc <= now).OrderBy(r => r.DueAtUtc).Take(batchSize).ToListAsync(cancellationToken),
        };
#pragma warning restore EF1002
    }
}

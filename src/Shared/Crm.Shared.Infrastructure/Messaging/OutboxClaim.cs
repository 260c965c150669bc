using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>
/// Claims due outbox rows inside the caller's transaction. On PostgreSQL and SQL Server the claimed rows stay
/// locked until commit and other relays skip them, so two processes never publish one row.
/// SQLite is single-process: its relay is the only one.
/// </summary>
internal static class OutboxClaim
{
    public static Task<List<OutboxMessage>> ClaimAsync(ModuleDbContext context, int batchSize, CancellationToken cancellationToken)
    {
        var provider = ProviderNames.FromEfProvider(context.Database.ProviderName);
        var sql = provider switch
        {
            DatabaseProvider.Postgres => $"""
                SELECT * FROM "{context.Schema}".outbox_messages
                WHERE processed_at_utc IS NULL AND attempts < {OutboxMessage.MaxAttempts}
                ORDER BY occurred_at_utc
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED
                """,
            DatabaseProvider.SqlServer => $"""
                SELECT TOP ({batchSize}) * FROM [{context.Schema}].[outbox_messages] WITH (UPDLOCK, READPAST, ROWLOCK)
                WHERE processed_at_utc IS NULL AND attempts < {OutboxMessage.MaxAttempts}
                ORDER BY occurred_at_utc
                """,
            _ => $"""
                SELECT * FROM outbox_messages
                WHERE processed_at_utc IS NULL AND attempts < {OutboxMessage.MaxAttempts}
                ORDER BY occurred_at_utc
                LIMIT {batchSize}
                """,
        };

#pragma warning disable EF1002 // Only the module's own schema name and constants are interpolated.
        return context.OutboxMessages.FromSqlRaw(sql).ToListAsync(cancellationToken);
#pragma warning restore EF1002
    }
}

using Crm.Shared.Infrastructure.Http.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// Keeps a module's plumbing tables small and free of stale personal data: idempotency answers (which may hold a
/// contact's details) past their lifetime, and outbox and inbox rows handled more than a week ago.
/// </summary>
internal sealed class ModuleHousekeeping<TContext>(
    IServiceScopeFactory scopeFactory,
    TimeProvider time,
    ILogger<ModuleHousekeeping<TContext>> logger) : HourlyCleanUp(time, logger)
    where TContext : ModuleDbContext
{
    public static readonly TimeSpan MessageRetention = TimeSpan.FromDays(7);

    protected override string Name => $"Housekeeping of {typeof(TContext).Name}";

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = Time.GetUtcNow();
        var answersBefore = now - IdempotencyMiddleware.KeyLifetime;
        var messagesBefore = now - MessageRetention;
        return await context.IdempotentRequests.Where(r => r.CreatedAtUtc < answersBefore).ExecuteDeleteAsync(cancellationToken)
            + await context.OutboxMessages.Where(m => m.ProcessedAtUtc < messagesBefore).ExecuteDeleteAsync(cancellationToken)
            + await context.InboxMessages.Where(m => m.ProcessedAtUtc < messagesBefore).ExecuteDeleteAsync(cancellationToken);
    }

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);
}

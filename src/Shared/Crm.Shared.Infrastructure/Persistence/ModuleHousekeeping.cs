using Crm.Shared.Infrastructure.Http.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// Keeps a module's plumbing tables small and free of stale personal data: idempotency answers (which may hold a
/// contact's details) past their lifetime, and outbox and inbox rows handled more than a week ago.
/// Runs a minute after start, then hourly.
/// </summary>
internal sealed class ModuleHousekeeping<TContext>(
    IServiceScopeFactory scopeFactory,
    TimeProvider time,
    ILogger<ModuleHousekeeping<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    public static readonly TimeSpan MessageRetention = TimeSpan.FromDays(7);
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = time.GetUtcNow();
        var answersBefore = now - IdempotencyMiddleware.KeyLifetime;
        var messagesBefore = now - MessageRetention;
        return await context.IdempotentRequests.Where(r => r.CreatedAtUtc < answersBefore).ExecuteDeleteAsync(cancellationToken)
            + await context.OutboxMessages.Where(m => m.ProcessedAtUtc < messagesBefore).ExecuteDeleteAsync(cancellationToken)
            + await context.InboxMessages.Where(m => m.ProcessedAtUtc < messagesBefore).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRunDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, time, stoppingToken);
                await PurgeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Housekeeping of {Module} failed; it runs again in an hour.", typeof(TContext).Name);
            }

            delay = Interval;
        }
    }
}

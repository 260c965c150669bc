using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Shared.Infrastructure.Messaging;

public sealed class OutboxRelayOptions
{
    /// <summary>Tests turn the background relay off and drain outboxes themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the relay looks for rows written by other processes or before a restart.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// One per module: publishes when its context committed outbox rows, and on every poll. It starts once the whole host
/// has started: a message published before the bus runs would reach no queue, and its row would be marked sent.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    OutboxPublisher<TContext> publisher,
    OutboxSignal<TContext> signal,
    IOptions<OutboxRelayOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await HostStarted(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await publisher.PublishPendingAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox relay of {Module} failed; it tries again after the poll interval.", publisher.Module);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<bool> HostStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

using Crm.Modules.Activities.Features.Appointments;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>
/// Runs the <see cref="ReminderDispatcher"/> every poll interval once the host has started, and tells of the meetings
/// that took place (<see cref="MeetingsHeld"/>); every purge interval it deletes old rows (<see cref="ReminderPurge"/>).
/// Several processes may run it on one PostgreSQL or SQL Server database:
/// reminder rows are claimed with skip-locked reads, appointments saved with their version checked.
/// </summary>
internal sealed partial class ReminderRelay(
    ReminderDispatcher dispatcher,
    MeetingsHeld meetingsHeld,
    ReminderPurge purge,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ReminderRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await HostStarted(stoppingToken))
        {
            return;
        }

        var nextPurge = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                await meetingsHeld.RecordAsync(stoppingToken);
                if (time.GetUtcNow() >= nextPurge)
                {
                    nextPurge = time.GetUtcNow() + options.Value.PurgeInterval;
                    await purge.PurgeAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
            }

            await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder dispatcher failed; it tries again after the poll interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

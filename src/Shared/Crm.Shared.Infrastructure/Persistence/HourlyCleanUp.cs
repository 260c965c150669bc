using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// Clean-up a host runs a minute after it starts, then hourly until it stops. A failure is logged, and the work tried
/// again an hour later.
/// </summary>
public abstract class HourlyCleanUp(TimeProvider time, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected TimeProvider Time { get; } = time;

    /// <summary>What the log calls this clean-up when it fails.</summary>
    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRunDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, Time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{CleanUp} failed; it runs again in an hour.", Name);
            }

            delay = Interval;
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>
/// A background worker's loop: runs the jobs waiting one after another, each in its own scope, then waits for
/// <see cref="WorkSignal{TWorker}"/> or the poll interval (jobs asked for by another process, or left by a restart).
/// A failure is logged and the loop looks again after the interval.
/// </summary>
internal abstract class JobLoop<TWorker>(IServiceScopeFactory scopes, WorkSignal<TWorker> signal, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Takes the next job and works on it; whether there was one.</summary>
    protected abstract Task<bool> RunNextAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                bool worked;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    worked = await RunNextAsync(scope.ServiceProvider, stoppingToken);
                }
                while (worked && !stoppingToken.IsCancellationRequested);

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Worker} failed; it looks again after the poll interval.", typeof(TWorker).Name);
                await Task.Delay(PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

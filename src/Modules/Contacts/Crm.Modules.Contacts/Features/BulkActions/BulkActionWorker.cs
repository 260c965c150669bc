using Crm.Modules.Contacts.Features.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.BulkActions;

/// <summary>Runs asked-for bulk actions one at a time per process, each under a lease so that processes sharing a database never run one twice.</summary>
internal sealed class BulkActionWorker(IServiceScopeFactory scopes, WorkSignal<BulkActionWorker> signal, ILogger<BulkActionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

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
                    worked = await scope.ServiceProvider.GetRequiredService<BulkActionJob>().RunNextAsync(stoppingToken);
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
                logger.LogError(ex, "The bulk action worker failed; it looks again after the poll interval.");
                await Task.Delay(PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

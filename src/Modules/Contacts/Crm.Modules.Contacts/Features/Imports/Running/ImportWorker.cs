using Crm.Modules.Contacts.Features.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Contacts.Features.Imports.Running;

/// <summary>Runs started imports and reverts, one at a time per process, taking each under a lease so that processes sharing a database never run one twice.</summary>
internal sealed class ImportWorker(IServiceScopeFactory scopes, WorkSignal<ImportWorker> signal, IOptions<ImportOptions> options, ILogger<ImportWorker> logger)
    : BackgroundService
{
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
                    worked = await scope.ServiceProvider.GetRequiredService<ImportJob>().RunNextAsync(stoppingToken);
                }
                while (worked && !stoppingToken.IsCancellationRequested);

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The import worker failed; it looks again after the poll interval.");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

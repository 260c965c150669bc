using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Merges;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>
/// The module's own clean-up, a minute after start and then hourly: uploads left unstarted (<see cref="AbandonedUploads"/>)
/// and merges that can no longer be undone (<see cref="ExpiredMerges"/>).
/// </summary>
internal sealed class ContactsHousekeeping(IServiceScopeFactory scopes, TimeProvider time, ILogger<ContactsHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRunDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AbandonedUploads>().DeleteAsync(time.GetUtcNow(), stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ExpiredMerges>().PurgeAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The contacts module's clean-up failed; it runs again in an hour.");
            }

            delay = Interval;
        }
    }
}

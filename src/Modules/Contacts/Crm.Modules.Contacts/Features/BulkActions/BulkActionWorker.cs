using Crm.Modules.Contacts.Features.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.BulkActions;

/// <summary>Runs asked-for bulk actions one at a time per process, each under a lease so that processes sharing a database never run one twice.</summary>
internal sealed class BulkActionWorker(IServiceScopeFactory scopes, WorkSignal<BulkActionWorker> signal, ILogger<BulkActionWorker> logger)
    : JobLoop<BulkActionWorker>(scopes, signal, logger)
{
    protected override TimeSpan PollInterval { get; } = TimeSpan.FromSeconds(5);

    protected override Task<bool> RunNextAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<BulkActionJob>().RunNextAsync(cancellationToken);
}

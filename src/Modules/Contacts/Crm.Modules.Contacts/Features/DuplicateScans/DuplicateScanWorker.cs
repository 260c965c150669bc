using Crm.Modules.Contacts.Features.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.DuplicateScans;

/// <summary>Runs asked-for duplicate scans one at a time per process, each under a lease so that processes sharing a database never run one twice.</summary>
internal sealed class DuplicateScanWorker(IServiceScopeFactory scopes, WorkSignal<DuplicateScanWorker> signal, ILogger<DuplicateScanWorker> logger)
    : JobLoop<DuplicateScanWorker>(scopes, signal, logger)
{
    protected override TimeSpan PollInterval { get; } = TimeSpan.FromSeconds(5);

    protected override Task<bool> RunNextAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DuplicateScanJob>().RunNextAsync(cancellationToken);
}

using Crm.Modules.Contacts.Features.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Contacts.Features.Imports.Running;

/// <summary>Runs started imports and reverts, one at a time per process, taking each under a lease so that processes sharing a database never run one twice.</summary>
internal sealed class ImportWorker(IServiceScopeFactory scopes, WorkSignal<ImportWorker> signal, IOptions<ImportOptions> options, ILogger<ImportWorker> logger)
    : JobLoop<ImportWorker>(scopes, signal, logger)
{
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<bool> RunNextAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ImportJob>().RunNextAsync(cancellationToken);
}

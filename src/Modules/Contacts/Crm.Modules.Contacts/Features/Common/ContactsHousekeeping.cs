using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>The module's own clean-up: uploads left unstarted (<see cref="AbandonedUploads"/>) and merges that can no longer be undone (<see cref="ExpiredMerges"/>).</summary>
internal sealed class ContactsHousekeeping(IServiceScopeFactory scopes, TimeProvider time, ILogger<ContactsHousekeeping> logger) : HourlyCleanUp(time, logger)
{
    protected override string Name => "The contacts module's clean-up";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AbandonedUploads>().DeleteAsync(Time.GetUtcNow(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ExpiredMerges>().PurgeAsync(Time.GetUtcNow(), cancellationToken);
    }
}

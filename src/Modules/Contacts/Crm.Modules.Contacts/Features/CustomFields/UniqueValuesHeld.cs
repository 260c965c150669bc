using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Modules.Contacts.Features.CustomFields;

/// <summary>The lock of <see cref="UniqueValuesLock"/> while a request holds it: committed with the request's changes, else rolled back.</summary>
internal sealed class UniqueValuesHeld(IDbContextTransaction? transaction) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}

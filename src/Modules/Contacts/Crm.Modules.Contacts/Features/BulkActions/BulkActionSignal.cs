namespace Crm.Modules.Contacts.Features.BulkActions;

/// <summary>Wakes the bulk action worker when an action is asked for, so it does not wait for its next poll.</summary>
internal sealed class BulkActionSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

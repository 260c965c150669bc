namespace Crm.Modules.Contacts.Features.Common;

/// <summary>Wakes the background worker <typeparamref name="TWorker"/> when work is asked for, so it does not wait for its next poll.</summary>
internal sealed class WorkSignal<TWorker> : IDisposable
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

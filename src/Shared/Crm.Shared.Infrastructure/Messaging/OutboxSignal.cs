namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>Wakes a module's relay as soon as its outbox gets rows, so delivery does not wait for the next poll.</summary>
internal sealed class OutboxSignal<TContext> : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by another thread.
            }
        }
    }

    public void Dispose() => _signal.Dispose();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

using System.Collections.Concurrent;

namespace Crm.Modules.Activities.Features.Notifications;

/// <summary>
/// Wakes this process's live streams of a user as soon as a notification for them commits here. Streams also poll,
/// for notifications written by another process: this only makes the common case immediate.
/// </summary>
internal sealed class NotificationSignal
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    public void Notify(Guid userId)
    {
        if (_waiting.TryRemove(userId, out var waiters))
        {
            waiters.TrySetResult();
        }
    }

    /// <summary>Returns when <paramref name="userId"/> is notified or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(Guid userId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiters = _waiting.GetOrAdd(userId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await waiters.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }
}

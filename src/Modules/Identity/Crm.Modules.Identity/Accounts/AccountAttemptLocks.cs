namespace Crm.Modules.Identity.Accounts;

/// <summary>
/// Sign-in attempts on one account run one at a time in this process, so parallel guesses cannot race the failure
/// counter (a lost update would be a guess that lockout never counts). Striped: a fixed set of locks, shared by hash.
/// </summary>
internal sealed class AccountAttemptLocks : IDisposable
{
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> AcquireAsync(string account, CancellationToken cancellationToken)
    {
        var gate = _locks[(StringComparer.OrdinalIgnoreCase.GetHashCode(account) & int.MaxValue) % _locks.Length];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public void Dispose()
    {
        foreach (var gate in _locks)
        {
            gate.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

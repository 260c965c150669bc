using Crm.Modules.Identity.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Identity.Visibility;

/// <summary>
/// The current <see cref="DirectorySnapshot"/>, read again after <see cref="Invalidate"/> (called when users, teams or
/// rules change, here or through their integration events) or after <see cref="Lifetime"/>, which bounds how stale
/// another host process can be when it missed an event.
/// </summary>
internal sealed class DirectoryCache(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private long _generation;
    private Entry? _current;

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async ValueTask<DirectorySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } snapshot)
        {
            return snapshot;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            // Taken before reading: a change committed while reading leaves the entry stale, so the next call reads again.
            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var loaded = await DirectorySnapshot.LoadAsync(scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>(), cancellationToken);
            _current = new Entry(loaded, generation, time.GetUtcNow());
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private DirectorySnapshot? Fresh() =>
        _current is { } entry && entry.Generation == Interlocked.Read(ref _generation) && time.GetUtcNow() - entry.LoadedAt < Lifetime
            ? entry.Snapshot
            : null;

    private sealed record Entry(DirectorySnapshot Snapshot, long Generation, DateTimeOffset LoadedAt);
}

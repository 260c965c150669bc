namespace Crm.IntegrationTests.Infrastructure;

/// <summary>A clock a test moves forward by hand, given to an app with <c>WithWebHostBuilder</c>.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

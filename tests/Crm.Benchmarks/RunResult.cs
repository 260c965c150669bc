namespace Crm.Benchmarks;

/// <summary>What one run measured for one provider.</summary>
internal sealed record RunResult(Provider Provider, int Run, TimeSpan Startup, long IdleRssBytes)
{
    public double StartupMilliseconds => Startup.TotalMilliseconds;

    public double IdleRssMebibytes => IdleRssBytes / (1024.0 * 1024.0);
}

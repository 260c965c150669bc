using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Crm.Benchmarks;

/// <summary>Command-line arguments: <c>--runs N</c> (default 5).</summary>
internal sealed record BenchmarkOptions(int Runs, TimeSpan IdleDelay, TimeSpan ReadyTimeout, TimeSpan PollInterval)
{
    public const string Usage = "usage: dotnet run -c Release --project tests/Crm.Benchmarks -- [--runs N]";

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchmarkOptions? options, [NotNullWhen(false)] out string? error)
    {
        var runs = 5;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) && runs > 0)
            {
                i++;
                continue;
            }

            options = null;
            error = $"Unexpected or invalid argument '{args[i]}'.";
            return false;
        }

        options = new BenchmarkOptions(runs, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(20));
        error = null;
        return true;
    }
}

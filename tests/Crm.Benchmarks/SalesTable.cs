using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// p50/p95/max per kind on the host and on its bare SQL, the ratio of the p95s (host ÷ bare), and issue 6's goal for
/// the kind; then the board's first page per pipeline.
/// </summary>
internal static class SalesTable
{
    /// <summary>Issue 6's goals (p95, ms, with 1M contacts and 200,000 deals on PostgreSQL).</summary>
    private static readonly Dictionary<string, double> Goals = new(StringComparer.Ordinal)
    {
        [SalesMeasurement.Board] = 100,
        [SalesMeasurement.BoardOwner] = 100,
        [SalesMeasurement.Forecast] = 200,
        [SalesMeasurement.Move] = 30,
    };

    public static string Render(IReadOnlyList<SalesSample> samples)
    {
        var table = new StringBuilder();
        table.AppendLine("host: through HTTP, to the end of the body; bare: the same SQL work on a plain Npgsql connection (ms)");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-34} {"n",4} | {"host p50",8} {"host p95",8} {"host max",8} | {"bare p50",8} {"bare p95",8} {"bare max",8} | {"p95 ratio",9} | {"goal p95",8} {"",6} | {"body B",7}");
        table.AppendLine(new string('-', 138));
        foreach (var kind in samples.Select(s => s.Kind).Distinct())
        {
            AppendRow(table, kind, samples.Where(s => s.Kind == kind).ToList(), Goals.TryGetValue(kind, out var goal) ? goal : null);
        }

        table.AppendLine();
        table.AppendLine("board: first page, per pipeline");
        foreach (var kind in new[] { SalesMeasurement.Board, SalesMeasurement.BoardOwner })
        {
            foreach (var about in samples.Where(s => s.Kind == kind).Select(s => s.About).Distinct())
            {
                AppendRow(table, $"  {(kind == SalesMeasurement.Board ? "all" : "owner")}: {about}", samples.Where(s => s.Kind == kind && s.About == about).ToList(), null);
            }
        }

        return table.ToString();
    }

    private static void AppendRow(StringBuilder table, string name, IReadOnlyList<SalesSample> samples, double? goal)
    {
        var host = Statistics.Of(samples.Where(s => !s.Bare).Select(s => s.Milliseconds));
        var bare = Statistics.Of(samples.Where(s => s.Bare).Select(s => s.Milliseconds));
        var met = goal is { } g ? (host.P95 <= g ? "met" : "missed") : string.Empty;
        var goalText = goal is { } value ? value.ToString("F0", CultureInfo.InvariantCulture) : "-";
        var bytes = Statistics.Of(samples.Where(s => !s.Bare).Select(s => (double)s.Bytes)).Median;
        table.AppendLine(
            CultureInfo.InvariantCulture,
            $"{name,-34} {samples.Count(s => !s.Bare),4} | {host.Median,8:F1} {host.P95,8:F1} {host.Max,8:F1} | {bare.Median,8:F2} {bare.P95,8:F2} {bare.Max,8:F2} | {host.P95 / bare.P95,9:F1} | {goalText,8} {met,6} | {bytes,7:F0}");
    }
}

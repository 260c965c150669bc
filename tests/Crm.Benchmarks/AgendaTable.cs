using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// p50/p95/max per kind on the host and on its bare SQL, the bare expansion's p50/p95, the ratios host ÷ bare SQL of the p50s and
/// of the p95s, and of the p95s against bare SQL plus expansion, the goal (a user's week view p95 ≤ 50 ms), and the median
/// items (host) and occurrences (bare) answered.
/// </summary>
internal static class AgendaTable
{
    /// <summary>The issue's goal: with 2,000,000 activities across 200 users, a user's week view p95 ≤ 50 ms.</summary>
    private static readonly Dictionary<string, double> Goals = new(StringComparer.Ordinal) { [AgendaMeasurement.Week] = 50 };

    public static string Render(IReadOnlyList<AgendaSample> samples)
    {
        var table = new StringBuilder();
        table.AppendLine("host: GET /api/v1/calendar through HTTP, to the end of the body; bare: AttendedOccurrences' two reads on a plain Npgsql connection; expand: the module's AppointmentSchedule.Between over what bare read (ms)");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-26} {"n",4} | {"host p50",8} {"host p95",8} {"host max",8} | {"bare p50",8} {"bare p95",8} {"bare max",8} | {"exp p50",7} {"exp p95",7} | {"p50 ratio",9} {"p95 ratio",9} {"vs b+e",6} | {"goal p95",8} {"",6} | {"items",5} {"occ.",5} {"body B",7}");
        table.AppendLine(new string('-', 172));
        foreach (var kind in samples.Select(s => s.Kind).Distinct())
        {
            var host = Statistics.Of(samples.Where(s => s.Kind == kind && !s.Bare).Select(s => s.Milliseconds));
            var bare = Statistics.Of(samples.Where(s => s.Kind == kind && s.Bare).Select(s => s.Milliseconds));
            var expand = Statistics.Of(samples.Where(s => s.Kind == kind && s.Bare).Select(s => s.ExpandMilliseconds));
            var bareAndExpand = Statistics.Of(samples.Where(s => s.Kind == kind && s.Bare).Select(s => s.Milliseconds + s.ExpandMilliseconds));
            var items = Statistics.Of(samples.Where(s => s.Kind == kind && !s.Bare).Select(s => (double)s.Items)).Median;
            var occurrences = Statistics.Of(samples.Where(s => s.Kind == kind && s.Bare).Select(s => (double)s.Items)).Median;
            var bytes = Statistics.Of(samples.Where(s => s.Kind == kind && !s.Bare).Select(s => (double)s.Bytes)).Median;
            var goal = Goals.TryGetValue(kind, out var g) ? g : (double?)null;
            var met = goal is { } value ? (host.P95 <= value ? "met" : "missed") : string.Empty;
            var goalText = goal is { } shown ? shown.ToString("F0", CultureInfo.InvariantCulture) : "-";
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"{kind,-26} {samples.Count(s => s.Kind == kind && !s.Bare),4} | {host.Median,8:F1} {host.P95,8:F1} {host.Max,8:F1} | {bare.Median,8:F2} {bare.P95,8:F2} {bare.Max,8:F2} | {expand.Median,7:F2} {expand.P95,7:F2} | {host.Median / bare.Median,9:F1} {host.P95 / bare.P95,9:F1} {host.P95 / bareAndExpand.P95,6:F1} | {goalText,8} {met,6} | {items,5:F0} {occurrences,5:F0} {bytes,7:F0}");
        }

        return table.ToString();
    }
}

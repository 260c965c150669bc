using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>Renders p50/p95/min/max per query kind, the median count of items answered, and how often the source contact was among them.</summary>
internal static class SearchTable
{
    public static string Render(IReadOnlyList<SearchSample> samples)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"query kind (ms)",-36} {"n",4} {"p50",8} {"p95",8} {"min",8} {"max",8} {"items p50",10} {"source found",13}");
        table.AppendLine(new string('-', 102));
        foreach (var kind in samples.Select(s => s.Kind).Distinct())
        {
            var ofKind = samples.Where(s => s.Kind == kind).ToList();
            var times = Statistics.Of(ofKind.Select(s => s.Milliseconds));
            var items = Statistics.Of(ofKind.Select(s => (double)s.Items));
            var drawn = ofKind.Where(s => s.FoundSource is not null).ToList();
            var found = drawn.Count == 0 ? "-" : $"{100.0 * drawn.Count(s => s.FoundSource == true) / drawn.Count:F0} %";
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"{kind,-36} {ofKind.Count,4} {times.Median,8:F1} {times.P95,8:F1} {times.Min,8:F1} {times.Max,8:F1} {items.Median,10:F0} {found,13}");
        }

        return table.ToString();
    }
}

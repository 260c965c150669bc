using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>Writes every timed request as CSV (kind, query, ms, items, whether the source contact was answered) to a file in the temp folder and returns its path.</summary>
internal static class SearchRawFile
{
    public static async Task<string> WriteAsync(IReadOnlyList<SearchSample> samples, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-bench-contacts-search-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv");
        var csv = new StringBuilder("kind,query,ms,items,found_source\n");
        foreach (var s in samples)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"{Quote(s.Kind)},{Quote(s.Text)},{s.Milliseconds:F3},{s.Items},{s.FoundSource}");
        }

        await File.WriteAllTextAsync(path, csv.ToString(), cancellationToken);
        return path;
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

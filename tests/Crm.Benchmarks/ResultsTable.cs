using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>Renders median/min/max per provider and the postgres/sqlite ratio of the medians.</summary>
internal static class ResultsTable
{
    public static string Render(IReadOnlyList<RunResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"metric",-26} {"provider",-15} {"n",3} {"median",10} {"min",10} {"max",10}");
        table.AppendLine(new string('-', 77));
        AppendMetric(table, results, "startup to ready (ms)", r => r.StartupMilliseconds, "F0");
        AppendMetric(table, results, "idle RSS after 5 s (MiB)", r => r.IdleRssMebibytes, "F1");
        return table.ToString();
    }

    private static void AppendMetric(StringBuilder table, IReadOnlyList<RunResult> results, string metric, Func<RunResult, double> value, string format)
    {
        var medians = new Dictionary<Provider, double>();
        foreach (var provider in new[] { Provider.Sqlite, Provider.Postgres })
        {
            var values = results.Where(r => r.Provider == provider).Select(value).ToArray();
            var statistics = Statistics.Of(values);
            medians[provider] = statistics.Median;
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"{metric,-26} {provider.Name(),-15} {values.Length,3} {statistics.Median.ToString(format, CultureInfo.InvariantCulture),10} {statistics.Min.ToString(format, CultureInfo.InvariantCulture),10} {statistics.Max.ToString(format, CultureInfo.InvariantCulture),10}");
        }

        var ratio = medians[Provider.Postgres] / medians[Provider.Sqlite];
        table.AppendLine(CultureInfo.InvariantCulture, $"{metric,-26} {"postgres/sqlite",-15} {"",3} {ratio,10:F2}  (ratio of medians)");
    }
}

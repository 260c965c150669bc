using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>Renders p50/p95/min/max of sign-in times per provider and kind, and the postgres/sqlite ratio of the p50s.</summary>
internal static class SignInTable
{
    public static string Render(IReadOnlyList<SignInSample> samples, IReadOnlyList<double> hashChecks)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"metric (ms)",-30} {"provider",-15} {"n",4} {"p50",8} {"p95",8} {"min",8} {"max",8}");
        table.AppendLine(new string('-', 85));
        AppendKind(table, samples, SignInKind.RightPassword, "sign-in, right password");
        AppendKind(table, samples, SignInKind.WrongPassword, "refused, wrong password");
        AppendKind(table, samples, SignInKind.UnknownEmail, "refused, unknown email");
        AppendRow(table, "hash check alone", "this process", hashChecks);
        return table.ToString();
    }

    private static void AppendKind(StringBuilder table, IReadOnlyList<SignInSample> samples, SignInKind kind, string metric)
    {
        var medians = new Dictionary<Provider, double>();
        foreach (var provider in new[] { Provider.Sqlite, Provider.Postgres })
        {
            medians[provider] = AppendRow(
                table, metric, provider.Name(), [.. samples.Where(s => s.Provider == provider && s.Kind == kind).Select(s => s.Milliseconds)]);
        }

        var ratio = medians[Provider.Postgres] / medians[Provider.Sqlite];
        table.AppendLine(CultureInfo.InvariantCulture, $"{metric,-30} {"postgres/sqlite",-15} {"",4} {ratio,8:F2}  (ratio of p50)");
    }

    private static double AppendRow(StringBuilder table, string metric, string source, IReadOnlyList<double> values)
    {
        var s = Statistics.Of(values);
        table.AppendLine(
            CultureInfo.InvariantCulture,
            $"{metric,-30} {source,-15} {values.Count,4} {s.Median,8:F1} {s.P95,8:F1} {s.Min,8:F1} {s.Max,8:F1}");
        return s.Median;
    }
}

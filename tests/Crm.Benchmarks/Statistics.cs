namespace Crm.Benchmarks;

/// <summary>Median, 95th percentile, minimum and maximum of a sample.</summary>
internal sealed record Statistics(double Median, double P95, double Min, double Max)
{
    public static Statistics Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        return new Statistics(Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted[0], sorted[^1]);
    }

    /// <summary>Linear interpolation between the closest ranks (so the 50th percentile is the median).</summary>
    private static double Percentile(double[] sorted, double fraction)
    {
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}

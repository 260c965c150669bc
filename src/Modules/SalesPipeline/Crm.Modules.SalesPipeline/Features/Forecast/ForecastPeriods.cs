using System.Globalization;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Forecast;

internal enum ForecastInterval
{
    Month,
    Quarter,
}

/// <summary>
/// One column of a forecast: a calendar month (<c>2027-01</c>) or quarter (<c>2027-Q1</c>), cut to the range asked
/// (<see cref="From"/> and <see cref="To"/> both included).
/// </summary>
internal sealed record ForecastPeriod(string Key, DateOnly From, DateOnly To)
{
    /// <summary>The first instant of <see cref="From"/>, UTC: deals won from then on count.</summary>
    public DateTimeOffset StartUtc => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after <see cref="To"/>, UTC: deals won from then on count no more.</summary>
    public DateTimeOffset EndUtc => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first days of the months the period touches, where quotas are kept.</summary>
    public IEnumerable<DateOnly> Months
    {
        get
        {
            for (var month = ForecastPeriods.MonthOf(From); month <= To; month = month.AddMonths(1))
            {
                yield return month;
            }
        }
    }
}

/// <summary>Cuts a range of dates into months or quarters.</summary>
internal static class ForecastPeriods
{
    public const int MaxMonths = 24;

    /// <summary>The dates a forecast may cover: wide, but with room to count months past either end.</summary>
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(9990, 12, 31);

    public static Result<ForecastInterval> ParseInterval(string? interval) => interval?.Trim().ToUpperInvariant() switch
    {
        null or "" or "MONTH" => ForecastInterval.Month,
        "QUARTER" => ForecastInterval.Quarter,
        _ => Error.Validation("forecast.interval_invalid", $"'{interval}' is not an interval: use month or quarter."),
    };

    public static string Name(ForecastInterval interval) => interval == ForecastInterval.Quarter ? "quarter" : "month";

    /// <summary>
    /// The periods of <paramref name="interval"/> from <paramref name="from"/> to <paramref name="to"/> (both included),
    /// the first and last cut to the range; at most <see cref="MaxMonths"/> months in all.
    /// </summary>
    public static Result<IReadOnlyList<ForecastPeriod>> Split(DateOnly from, DateOnly to, ForecastInterval interval)
    {
        if (from > to || from < Earliest || to > Latest)
        {
            return Error.Validation(
                "forecast.range_invalid",
                string.Create(CultureInfo.InvariantCulture, $"The forecast runs from a date to a date on or after it (between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}); got {from:yyyy-MM-dd} to {to:yyyy-MM-dd}."));
        }

        if (to >= from.AddMonths(MaxMonths))
        {
            return Error.Validation(
                "forecast.range_too_long",
                string.Create(CultureInfo.InvariantCulture, $"A forecast covers {MaxMonths} months at most: from {from:yyyy-MM-dd}, up to {from.AddMonths(MaxMonths).AddDays(-1):yyyy-MM-dd}."));
        }

        var periods = new List<ForecastPeriod>();
        for (var start = from; start <= to;)
        {
            var first = StartOf(start, interval);
            var last = first.AddMonths(interval == ForecastInterval.Quarter ? 3 : 1).AddDays(-1);
            periods.Add(new ForecastPeriod(KeyOf(first, interval), start, last < to ? last : to));
            start = last.AddDays(1);
        }

        return periods;
    }

    /// <summary>The first day of the month or quarter <paramref name="day"/> falls in.</summary>
    public static DateOnly StartOf(DateOnly day, ForecastInterval interval) =>
        interval == ForecastInterval.Quarter ? new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1) : MonthOf(day);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary><c>2027-01</c> for a month, <c>2027-Q1</c> for a quarter.</summary>
    public static string KeyOf(DateOnly day, ForecastInterval interval) =>
        interval == ForecastInterval.Quarter
            ? string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-Q{((day.Month - 1) / 3) + 1}")
            : day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The calendar quarter <paramref name="today"/> falls in: the forecast's range when none is asked.</summary>
    public static (DateOnly From, DateOnly To) QuarterOf(DateOnly today)
    {
        var first = StartOf(today, ForecastInterval.Quarter);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}

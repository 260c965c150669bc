using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Crm.Benchmarks;

/// <summary>One timed calendar request of one kind, on the host or its bare SQL (with the expansion timed apart), and what it answered.</summary>
internal sealed record AgendaSample(string Kind, bool Bare, string About, double Milliseconds, double ExpandMilliseconds, int Items, int Bytes);

/// <summary>
/// The calendar views through the host's HTTP API, signed in as the administrator (who sees everything), each beside
/// its bare SQL (<see cref="AgendaBareQueries"/>) in the same round: <c>--warm-up</c> untimed rounds, then
/// <c>--queries</c> timed ones, sequential, one request of every kind per round (the host first in even rounds, the bare
/// SQL first in odd ones), so that a change in the machine's load touches all alike. Users, weeks and months are drawn
/// with a fixed seed: a seeded user's week (a Monday within twelve weeks of now), their six weeks from the Monday
/// before a month's first day (a month within six of now), and ten users' week.
/// </summary>
internal sealed class AgendaMeasurement(SearchClient client, AgendaBareQueries bare, IReadOnlyList<Guid> users, DateTimeOffset now)
{
    public const string Week = "week: one user";
    public const string Month = "month (42 days): one user";
    public const string TeamWeek = "week: team of 10 users";

    public const int TeamSize = 10;

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById(AgendaGenerator.ViewZone);

    private readonly Random _random = new(AgendaSeeder.Seed + 1);

    public DateOnly ThisMonday
    {
        get
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Paris).DateTime);
            return today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        }
    }

    public async Task<IReadOnlyList<AgendaSample>> RunAsync(int warmUp, int timed, CancellationToken cancellationToken)
    {
        for (var round = 0; round < warmUp; round++)
        {
            await RoundAsync(round, cancellationToken);
        }

        var samples = new List<AgendaSample>();
        for (var round = 0; round < timed; round++)
        {
            samples.AddRange(await RoundAsync(round, cancellationToken));
            if ((round + 1) % 50 == 0)
            {
                Console.WriteLine($"  measure: {round + 1}/{timed} rounds");
            }
        }

        return samples;
    }

    /// <summary>The instant a day of Paris begins (after a spring-forward gap, its first valid half hour), as <c>GetCalendar</c> computes it.</summary>
    public static DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (Paris.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Paris.GetUtcOffset(local));
    }

    public static string CalendarPath(DateOnly from, DateOnly to, IEnumerable<Guid> userIds) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/calendar?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&{string.Join('&', userIds.Select(u => $"userIds={u}"))}&timeZone={Uri.EscapeDataString(AgendaGenerator.ViewZone)}");

    private async Task<List<AgendaSample>> RoundAsync(int round, CancellationToken cancellationToken)
    {
        var samples = new List<AgendaSample>();
        var bareFirst = round % 2 == 1;

        var monday = ThisMonday.AddDays(7 * _random.Next(-12, 13));
        await PairAsync(samples, bareFirst, Week, monday, monday.AddDays(7), [users[_random.Next(users.Count)]], cancellationToken);

        var first = new DateOnly(ThisMonday.Year, ThisMonday.Month, 1).AddMonths(_random.Next(-6, 7));
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        await PairAsync(samples, bareFirst, Month, start, start.AddDays(42), [users[_random.Next(users.Count)]], cancellationToken);

        var team = new HashSet<Guid>();
        while (team.Count < Math.Min(TeamSize, users.Count))
        {
            team.Add(users[_random.Next(users.Count)]);
        }

        monday = ThisMonday.AddDays(7 * _random.Next(-12, 13));
        await PairAsync(samples, bareFirst, TeamWeek, monday, monday.AddDays(7), [.. team], cancellationToken);
        return samples;
    }

    private async Task PairAsync(
        List<AgendaSample> samples, bool bareFirst, string kind, DateOnly from, DateOnly to, IReadOnlyList<Guid> userIds, CancellationToken cancellationToken)
    {
        var about = string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
        if (bareFirst)
        {
            samples.Add(await BareAsync(kind, about, from, to, userIds, cancellationToken));
        }

        samples.Add(await HostAsync(kind, about, from, to, userIds, cancellationToken));
        if (!bareFirst)
        {
            samples.Add(await BareAsync(kind, about, from, to, userIds, cancellationToken));
        }
    }

    private async Task<AgendaSample> BareAsync(string kind, string about, DateOnly from, DateOnly to, IReadOnlyList<Guid> userIds, CancellationToken cancellationToken)
    {
        var answer = await bare.WeekAsync(userIds, Midnight(from), Midnight(to), cancellationToken);
        return new AgendaSample(kind, true, about, answer.Milliseconds, answer.ExpandMilliseconds, answer.Occurrences, 0);
    }

    /// <summary>The GET timed to the end of its body; the items counted after the clock stopped.</summary>
    private async Task<AgendaSample> HostAsync(string kind, string about, DateOnly from, DateOnly to, IReadOnlyList<Guid> userIds, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await client.DownloadAsync(CalendarPath(from, to, userIds), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        using var calendar = JsonDocument.Parse(body);
        return new AgendaSample(kind, false, about, elapsed, 0, calendar.RootElement.GetProperty("items").GetArrayLength(), body.Length);
    }
}

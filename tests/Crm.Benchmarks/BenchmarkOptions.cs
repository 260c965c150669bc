using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Crm.Benchmarks;

/// <summary>What to measure: host start-up and idle memory, sign-in times, both, or the contacts search at scale.</summary>
internal enum Scenario
{
    Startup,
    SignIn,
    All,
    ContactsSearch,
    ContactsImport,
    ContactsGet,
    DoneWhen,
    Sales,
    Reminders,
    Agenda,
}

/// <summary>
/// Command-line arguments: <c>--scenario startup|sign-in|all</c> (default startup), <c>--runs N</c> (start-up runs per
/// provider, default 5), <c>--sign-ins N</c> (timed sign-ins per provider, default 100), <c>--refusals N</c> (timed
/// refusals of each kind per provider, default 20), <c>--warm-up N</c> (untimed sign-ins per provider, or untimed
/// requests per query kind, first, default 10); for <c>contacts-search</c>, <c>--contacts N</c> (default 1000000),
/// <c>--companies N</c> (default 100000) and <c>--queries N</c> (timed requests per query kind, default 200); for
/// <c>contacts-import</c>, <c>--contacts N</c> is the number of rows of the imported file; for <c>contacts-get</c> (and after
/// <c>contacts-search</c>), <c>--get-rounds N</c> (default 5) and <c>--get-seconds N</c> (seconds per target and client count
/// in a round, default 5); for <c>done-when</c>, <c>--rows N</c> (rows of the messy export it imports, default 50000); for
/// <c>sales</c>, <c>--contacts N</c>, <c>--companies N</c> (default a tenth of the contacts), <c>--deals N</c> (default 200000)
/// and <c>--queries N</c> (timed requests per kind); for <c>reminders</c>, <c>--reminders N</c> (default 1000) due evenly over
/// <c>--reminder-seconds N</c> (default 60) for <c>--reminder-users N</c> users (default 200), over a backlog of
/// <c>--reminder-backlog N</c> fired rows (default 100000, 0 allowed).
/// for <c>agenda</c>, <c>--users N</c> (default 200), <c>--activities N</c>
/// (default 2000000), <c>--appointments N</c> (default three fifths of the activities, the rest tasks), <c>--contacts N</c>
/// (default 20000), <c>--series-percent N</c> (the appointments that repeat weekly, default 10) and <c>--queries N</c>
/// (timed requests per kind).
/// </summary>
internal sealed record BenchmarkOptions(
    Scenario Scenario, int Runs, int SignIns, int Refusals, int WarmUp, TimeSpan IdleDelay, TimeSpan ReadyTimeout, TimeSpan PollInterval)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/Crm.Benchmarks -- [--scenario startup|sign-in|all|contacts-search|contacts-import|contacts-get|done-when|sales|reminders|agenda] [--runs N] [--sign-ins N] [--refusals N] [--warm-up N] [--contacts N] [--companies N] [--deals N] [--queries N] [--get-rounds N] [--get-seconds N] [--rows N] [--reminders N] [--reminder-seconds N] [--reminder-users N] [--reminder-backlog N] [--users N] [--activities N] [--appointments N] [--series-percent N]";

    public int Contacts { get; init; } = 1_000_000;

    public int Companies { get; init; } = 100_000;

    public int Queries { get; init; } = 200;

    public int GetRounds { get; init; } = 5;

    public int GetSeconds { get; init; } = 5;

    /// <summary>The rows of the messy export <c>done-when</c> imports.</summary>
    public int Rows { get; init; } = 50_000;

    /// <summary>The deals <c>sales</c> seeds.</summary>
    public int Deals { get; init; } = 200_000;

    /// <summary>The users <c>agenda</c> invites (attendees, organisers and assignees).</summary>
    public int Users { get; init; } = 200;

    /// <summary>The activities <c>agenda</c> seeds: appointments and tasks together.</summary>
    public int Activities { get; init; } = 2_000_000;

    /// <summary>The share of <c>agenda</c>'s appointments that repeat weekly, in percent (default 10).</summary>
    public int SeriesPercent { get; init; } = 10;

    /// <summary>Whether <c>--appointments</c> was given, and its value.</summary>
    public int? AppointmentsGiven { get; init; }

    /// <summary>The appointments <c>agenda</c> seeds: <c>--appointments</c> when given, else three fifths of the activities.</summary>
    public int Appointments => Math.Min(Activities, AppointmentsGiven ?? (int)(Activities * 0.6));

    /// <summary>The tasks <c>agenda</c> seeds: the activities that are not appointments.</summary>
    public int Tasks => Activities - Appointments;

    /// <summary>Whether <c>--contacts</c> was given (<c>agenda</c> otherwise seeds 20,000 contacts to invite).</summary>
    public bool ContactsGiven { get; init; }

    /// <summary>The contacts <c>agenda</c> seeds (appointment attendees and related records).</summary>
    public int AgendaContacts => ContactsGiven ? Contacts : 20_000;

    /// <summary>Whether <c>--companies</c> was given (<c>sales</c> otherwise seeds a tenth of the contacts).</summary>
    public bool CompaniesGiven { get; init; }

    /// <summary>The companies <c>sales</c> seeds: <c>--companies</c> when given, else a tenth of the contacts.</summary>
    public int SalesCompanies => CompaniesGiven ? Companies : Math.Max(1, Contacts / 10);

    public bool MeasuresContactsSearch => Scenario is Scenario.ContactsSearch;

    /// <summary>Seeds contacts through a host (contacts-search, contacts-get).</summary>
    public bool SeedsContacts => Scenario is Scenario.ContactsSearch or Scenario.ContactsGet;

    /// <summary>Compares <c>GET /api/v1/contacts/{id}</c> with a bare minimal-API + EF app, after the seeding (and the search).</summary>
    public bool MeasuresContactsGet => Scenario is Scenario.ContactsSearch or Scenario.ContactsGet;

    public bool MeasuresContactsImport => Scenario is Scenario.ContactsImport;

    public bool RunsDoneWhen => Scenario is Scenario.DoneWhen;

    /// <summary>The board, the forecast and moving a deal at scale on PostgreSQL (issue 6).</summary>
    public bool MeasuresSales => Scenario is Scenario.Sales;

    /// <summary>The reminders <c>reminders</c> seeds due evenly over <see cref="ReminderSeconds"/> (and again all due at once).</summary>
    public int Reminders { get; init; } = 1_000;

    public int ReminderSeconds { get; init; } = 60;

    public int ReminderUsers { get; init; } = 200;

    /// <summary>Already fired reminder rows (with their notifications) written first, so the claim works over a realistic table.</summary>
    public int ReminderBacklog { get; init; } = 100_000;

    /// <summary>Reminder dispatch by two hosts on one PostgreSQL database: no duplicate, no miss, lateness (issue 7).</summary>
    public bool MeasuresReminders => Scenario is Scenario.Reminders;
    /// <summary>The week and month views of the calendar at scale on PostgreSQL.</summary>
    public bool MeasuresAgenda => Scenario is Scenario.Agenda;

    public bool MeasuresStartup => Scenario is Scenario.Startup or Scenario.All;

    public bool MeasuresSignIn => Scenario is Scenario.SignIn or Scenario.All;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchmarkOptions? options, [NotNullWhen(false)] out string? error)
    {
        var scenario = Scenario.Startup;
        var counts = new Dictionary<string, int> { ["--runs"] = 5, ["--sign-ins"] = 100, ["--refusals"] = 20, ["--warm-up"] = 10, ["--contacts"] = 1_000_000, ["--companies"] = 100_000, ["--queries"] = 200, ["--get-rounds"] = 5, ["--get-seconds"] = 5, ["--rows"] = 50_000, ["--deals"] = 200_000, ["--users"] = 200, ["--activities"] = 2_000_000, ["--appointments"] = 0, ["--series-percent"] = 10 };
        foreach (var (name, value) in new[] { ("--reminders", 1_000), ("--reminder-seconds", 60), ("--reminder-users", 200), ("--reminder-backlog", 100_000) })
        {
            counts[name] = value;
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (args[i] == "--scenario" && ParseScenario(value) is { } parsed)
            {
                scenario = parsed;
                i++;
                continue;
            }

            if (counts.ContainsKey(args[i])
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && (count > 0 || (args[i] is "--warm-up" or "--reminder-backlog" && count == 0)))
            {
                counts[args[i]] = count;
                given.Add(args[i]);
                i++;
                continue;
            }

            options = null;
            error = $"Unexpected or invalid argument '{args[i]}'.";
            return false;
        }

        options = new BenchmarkOptions(
            scenario, counts["--runs"], counts["--sign-ins"], counts["--refusals"], counts["--warm-up"],
            TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(20))
        {
            Contacts = counts["--contacts"],
            Companies = counts["--companies"],
            Queries = counts["--queries"],
            GetRounds = counts["--get-rounds"],
            GetSeconds = counts["--get-seconds"],
            Rows = counts["--rows"],
            Deals = counts["--deals"],
            CompaniesGiven = given.Contains("--companies"),
            Reminders = counts["--reminders"],
            ReminderSeconds = counts["--reminder-seconds"],
            ReminderUsers = counts["--reminder-users"],
            ReminderBacklog = counts["--reminder-backlog"],
            Users = counts["--users"],
            Activities = counts["--activities"],
            AppointmentsGiven = given.Contains("--appointments") ? counts["--appointments"] : null,
            SeriesPercent = Math.Min(100, counts["--series-percent"]),
            ContactsGiven = given.Contains("--contacts"),
        };
        error = null;
        return true;
    }

    private static Scenario? ParseScenario(string? value) => value switch
    {
        "startup" => Scenario.Startup,
        "sign-in" => Scenario.SignIn,
        "all" => Scenario.All,
        "contacts-search" => Scenario.ContactsSearch,
        "contacts-import" => Scenario.ContactsImport,
        "contacts-get" => Scenario.ContactsGet,
        "done-when" => Scenario.DoneWhen,
        "sales" => Scenario.Sales,
        "reminders" => Scenario.Reminders,
        "agenda" => Scenario.Agenda,
        _ => null,
    };
}

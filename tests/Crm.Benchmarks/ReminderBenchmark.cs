using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Issue 7's "reminder dispatch keeps up with 1,000 due reminders a minute with no duplicate and no miss", on
/// PostgreSQL with two host processes on one database, both dispatching (ADR 24). Host A migrates a fresh database and
/// creates the administrator; host B starts on it; the users are invited through the API; a backlog of fired reminders
/// (with their read notifications) is written by COPY; a task with a reminder created through the API is compared with
/// a seeded row (<see cref="ReminderSeedCheck"/>); then, while both hosts run, reminders due evenly over the next
/// <c>--reminder-seconds</c> and then as many due at once are written by COPY and watched from the database
/// (<see cref="ReminderMeasurement"/>) until every one has fired.
/// </summary>
internal static class ReminderBenchmark
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public const int BatchSize = 100;

    public const int Seed = 20261129;

    /// <summary>How long after the last reminder is due a phase may take to fire every one.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Waited after the last fire before counting, so that a late second fire or notification would be seen.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>Time between writing the steady phase's rows and its first due instant.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(2);

    public static async Task ExecuteAsync(RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var setup = await HostSetup.CreateAsync(Provider.Postgres, postgres, "reminders", cancellationToken);
        var connectionString = setup.Environment["ConnectionStrings__Crm"]!;
        setup.Environment["CRM_ADMIN_EMAIL"] = SignInBenchmark.Email;
        setup.Environment["CRM_ADMIN_PASSWORD"] = SignInBenchmark.Password;
        setup.Environment["Activities__Reminders__Enabled"] = "true";
        setup.Environment["Activities__Reminders__PollInterval"] = PollInterval.ToString("c", CultureInfo.InvariantCulture);
        setup.Environment["Activities__Reminders__BatchSize"] = BatchSize.ToString(CultureInfo.InvariantCulture);
        setup.Environment["Mail__Host"] = string.Empty; // No mail: the dispatcher's work is the claim, the notification and the fired mark.
        setup.Environment["Sales__ScheduleEnabled"] = "false";

        var environmentA = Named(setup.Environment, connectionString, setup.Port, "crm-host-a");
        var portB = FreePort.Next();
        var environmentB = Named(setup.Environment, connectionString, portB, "crm-host-b");
        var (hostA, startupA) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, environmentA, options, cancellationToken);
        using (hostA)
        {
            Console.WriteLine($"Host A:    pid {hostA.ProcessId}, ready in {startupA.TotalSeconds:F1} s on a fresh database (every module migrated)");
            var (hostB, startupB) = await HostProcess.StartAndWaitUntilReadyAsync(layout, portB, environmentB, options, cancellationToken);
            using (hostB)
            using (var client = new SearchClient(setup.BaseAddress))
            {
                Console.WriteLine($"Host B:    pid {hostB.ProcessId}, ready in {startupB.TotalSeconds:F1} s on the same database");
                var runStartedAt = DateTimeOffset.UtcNow;
                await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
                var stopwatch = Stopwatch.StartNew();
                var users = await InviteUsersAsync(client, options.ReminderUsers, cancellationToken);
                Console.WriteLine($"Users:     {users.Count:N0} invited through host A in {stopwatch.Elapsed.TotalSeconds:F1} s (3 in 5 fr/Europe/Paris, else en/Europe/London or en/America/Montreal)");

                var measurement = await ReminderMeasurement.InstallAsync(connectionString, cancellationToken);
                var random = new Random(Seed);
                var backlog = await WriteBacklogAsync(connectionString, users, options.ReminderBacklog, random, cancellationToken);
                Console.WriteLine(backlog);
                await ReminderSeedCheck.RunAsync(client, connectionString, users[0], cancellationToken);
                Console.WriteLine("Seed check: a task's reminder created through the API is stored exactly as the seeding writes it (every column but the id, a version 7 id).");
                Console.WriteLine();

                var now = DateTimeOffset.UtcNow;
                var spacing = TimeSpan.FromSeconds(options.ReminderSeconds) / options.Reminders;
                var steady = Rows(users, options.Reminders, "régulier", random, i => now + Lead + (spacing * i));
                Console.WriteLine(
                    $"Steady:    {options.Reminders:N0} reminders due one every {spacing.TotalMilliseconds:F0} ms over {options.ReminderSeconds} s "
                    + $"({options.Reminders * 60.0 / options.ReminderSeconds:N0} a minute), written in one COPY {Lead.TotalSeconds:F0} s before the first is due");
                var steadyPhase = await measurement.RunAsync("steady", steady, Timeout, Settle, runStartedAt, cancellationToken);

                now = DateTimeOffset.UtcNow;
                var burst = Rows(users, options.Reminders, "rafale", random, _ => now);
                Console.WriteLine($"Burst:     {options.Reminders:N0} reminders all due at the instant they are written (one COPY)");
                var burstPhase = await measurement.RunAsync("burst", burst, Timeout, Settle, runStartedAt, cancellationToken);

                Console.WriteLine();
                Console.WriteLine(ReminderTable.Render([steadyPhase, burstPhase], PollInterval));
                Console.WriteLine($"Raw figures: {await WriteRawAsync([steadyPhase, burstPhase], cancellationToken)}");
            }
        }
    }

    /// <summary>The host's environment on its own port, its connections named so the trigger can tell the hosts apart.</summary>
    private static Dictionary<string, string?> Named(Dictionary<string, string?> environment, string connectionString, int port, string name)
    {
        var url = $"http://127.0.0.1:{port}";
        return new Dictionary<string, string?>(environment)
        {
            ["ASPNETCORE_URLS"] = url,
            ["Urls"] = url,
            ["ConnectionStrings__Crm"] = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ConnectionString,
        };
    }

    private static async Task<IReadOnlyList<Guid>> InviteUsersAsync(SearchClient client, int count, CancellationToken cancellationToken)
    {
        var users = new List<Guid>(count);
        for (var i = 1; i <= count; i++)
        {
            var (language, zone) = (i % 5) switch
            {
                3 => ("en", "Europe/London"),
                4 => ("en", "America/Montreal"),
                _ => ("fr", "Europe/Paris"),
            };
            var request = new
            {
                email = string.Create(CultureInfo.InvariantCulture, $"rappel{i:000}@bench.example"),
                displayName = string.Create(CultureInfo.InvariantCulture, $"Utilisateur {i:000}"),
                roles = new[] { "SalesRep" },
                language,
                timeZone = zone,
            };
            using var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/users/invitations", JsonContent.Create(request), "invitation", cancellationToken);
            users.Add(answer.RootElement.GetProperty("user").GetProperty("id").GetGuid());
        }

        return users;
    }

    /// <summary>
    /// Reminders of tasks (made-up task ids: the dispatcher never reads the task), each for a user drawn at random, with
    /// a unique title (the phase and a number) by which its notification is found.
    /// </summary>
    private static List<ReminderRow> Rows(IReadOnlyList<Guid> users, int count, string phase, Random random, Func<int, DateTimeOffset> dueAt) =>
        [.. Enumerable.Range(0, count).Select(i => ReminderRow.Task(
            users[random.Next(users.Count)], Guid.CreateVersion7(), dueAt(i), string.Create(CultureInfo.InvariantCulture, $"Relancer le client {phase} n° {i:000000}")))];

    /// <summary>
    /// Fired reminders over the last 29 days (older ones the hosts delete), each with its read notification, then
    /// <c>VACUUM ANALYZE</c>.
    /// </summary>
    private static async Task<string> WriteBacklogAsync(string connectionString, IReadOnlyList<Guid> users, int count, Random random, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return "Backlog:   none";
        }

        var stopwatch = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var due = now - TimeSpan.FromDays(29 * random.NextDouble()) - TimeSpan.FromMinutes(1);
            return ReminderRow.Task(
                users[random.Next(users.Count)], Guid.CreateVersion7(), due, string.Create(CultureInfo.InvariantCulture, $"Ancien rappel n° {i:000000}"),
                due + TimeSpan.FromMilliseconds(random.Next(50, 5_000)));
        }).ToList();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ReminderRows.WriteAsync(connection, rows, cancellationToken);
        await ReminderRows.WriteNotificationsAsync(connection, rows, cancellationToken);
        var copy = stopwatch.Elapsed;
        await SeedIndexes.ExecuteAsync(connection, "VACUUM ANALYZE activities.reminders", cancellationToken);
        await SeedIndexes.ExecuteAsync(connection, "VACUUM ANALYZE activities.notifications", cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Backlog:   {count:N0} fired reminders and their read notifications written by COPY in {copy.TotalSeconds:F1} s, VACUUM ANALYZE in {(stopwatch.Elapsed - copy).TotalSeconds:F1} s");
    }

    private static async Task<string> WriteRawAsync(IReadOnlyList<ReminderPhase> phases, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-bench-reminders-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv");
        var text = new System.Text.StringBuilder("phase,id,due_at_utc,fired_at_utc,written_at,host,transaction,notifications,fires\n");
        foreach (var phase in phases)
        {
            foreach (var o in phase.Outcomes)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"{phase.Name},{o.Id},{o.DueAtUtc:O},{o.FiredAtUtc:O},{o.WrittenAt:O},{o.Host},{o.Transaction},{o.Notifications},{o.Fires}");
            }
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
        return path;
    }
}

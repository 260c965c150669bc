using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// The goal on PostgreSQL, "with 2,000,000 activities across 200 users: a user's week view p95 ≤ 50 ms": one host
/// migrates a fresh database and creates the administrator; <c>--users</c> users are invited through the API and a few
/// contacts seeded by COPY (<see cref="ContactsSeeder"/>) to be invited; appointments and a task created through the API
/// are compared with ones the seeding builds (<see cref="AgendaSeedCheck"/>); appointments and tasks are seeded by COPY
/// (<see cref="AgendaSeeder"/>); then a user's week, a user's six weeks and a team's week are timed through HTTP beside
/// their bare SQL (<see cref="AgendaMeasurement"/>), and the week's SQL is explained (<see cref="AgendaPlans"/>).
/// </summary>
internal static class AgendaBenchmark
{
    public static async Task ExecuteAsync(RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var setup = await HostSetup.CreateAsync(Provider.Postgres, postgres, "agenda", cancellationToken);
        setup.Environment["CRM_ADMIN_EMAIL"] = SignInBenchmark.Email;
        setup.Environment["CRM_ADMIN_PASSWORD"] = SignInBenchmark.Password;
        var connectionString = setup.Environment["ConnectionStrings__Crm"]!;
        var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
        using (host)
        using (var client = new SearchClient(setup.BaseAddress))
        {
            Console.WriteLine($"Host ready in {startup.TotalSeconds:F1} s on a fresh database (every module migrated).");
            var adminId = await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            var started = DateTime.UtcNow;
            var users = await AgendaSetup.InviteUsersAsync(client, options.Users, cancellationToken);
            Console.WriteLine($"Set-up:    {users.Count} users invited through the API in {(DateTime.UtcNow - started).TotalSeconds:F1} s");

            await SeedCheck.RunAsync(client, connectionString, adminId, cancellationToken);
            var seeded = await ContactsSeeder.SeedAsync(connectionString, adminId, options.AgendaContacts, Math.Max(1, options.AgendaContacts / 10), 1, cancellationToken);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Seeding:   {seeded.Companies:N0} companies and {seeded.Contacts:N0} contacts (to invite) at {seeded.ContactsPerSecond:N0} rows/s"));
            var contacts = await AgendaSetup.ContactIdsAsync(connectionString, cancellationToken);

            await AgendaSeedCheck.RunAsync(client, connectionString, adminId, users, contacts, cancellationToken);
            Console.WriteLine("Seed check: two appointments (weekly across the clock change, all-day) and a task created through the API are stored exactly as the seeding writes them (every column but the ids).");

            var now = DateTimeOffset.UtcNow;
            var agenda = await AgendaSeeder.SeedAsync(connectionString, users, contacts, options.Appointments, options.Tasks, options.SeriesPercent, now, cancellationToken);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Seeding:   {agenda.Appointments:N0} appointments ({agenda.Recurring:N0} recurring, {agenda.AllDay:N0} all-day, {agenda.Cancelled:N0} cancelled; {agenda.Attendees:N0} attendees) at {agenda.AppointmentsPerSecond:N0}/s, "
                + $"{agenda.Tasks:N0} tasks at {agenda.TasksPerSecond:N0}/s (generation with the module's factories and COPY), indexes rebuilt in {agenda.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE in {agenda.Analyze.TotalSeconds:F1} s"));
            Console.WriteLine("Dataset:");
            Console.Write(await AgendaDatasetSize.DescribeAsync(connectionString, users, cancellationToken));
            Console.Write(await DatasetSize.DescribeAsync(connectionString, cancellationToken));
            Console.WriteLine();

            // The session may have aged during a long seeding: sign in again before timing.
            await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            await using var bare = await AgendaBareQueries.OpenAsync(connectionString, cancellationToken);
            var measurement = new AgendaMeasurement(client, bare, users, now);
            Console.WriteLine($"Measuring: {options.WarmUp} untimed then {options.Queries} timed rounds, each one request of every kind on the host and its bare SQL, sequential, as the administrator, timeZone={AgendaGenerator.ViewZone}");
            var samples = await measurement.RunAsync(options.WarmUp, options.Queries, cancellationToken);
            Console.WriteLine();
            Console.WriteLine(AgendaTable.Render(samples));
            Console.WriteLine($"Raw figures: {await WriteRawAsync(samples, cancellationToken)}");
            Console.WriteLine();
            Console.Write(await AgendaPlans.ExplainAsync(connectionString, users[0], measurement.ThisMonday, cancellationToken));
        }
    }

    private static async Task<string> WriteRawAsync(IReadOnlyList<AgendaSample> samples, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-bench-agenda-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv");
        var text = new StringBuilder("kind,target,about,ms,expand_ms,items,bytes\n");
        foreach (var sample in samples)
        {
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"\"{sample.Kind}\",{(sample.Bare ? "bare" : "host")},\"{sample.About}\",{sample.Milliseconds:F3},{sample.ExpandMilliseconds:F3},{sample.Items},{sample.Bytes}");
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
        return path;
    }
}

using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// Issue 6's goals on PostgreSQL: one host migrates a fresh database and creates the administrator; sales
/// representatives and two more pipelines are created through the API; contacts and companies are seeded by COPY
/// (<see cref="ContactsSeeder"/>), a deal created through the API is compared with one the seeding builds
/// (<see cref="DealSeedCheck"/>), deals are seeded by COPY (<see cref="DealSeeder"/>); then the board, a column's next
/// page, the forecast and moving a deal are timed through HTTP beside their bare SQL (<see cref="SalesMeasurement"/>),
/// and the SQL is explained (<see cref="SalesPlans"/>).
/// </summary>
internal static class SalesBenchmark
{
    public static async Task ExecuteAsync(RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var setup = await HostSetup.CreateAsync(Provider.Postgres, postgres, "sales", cancellationToken);
        setup.Environment["CRM_ADMIN_EMAIL"] = SignInBenchmark.Email;
        setup.Environment["CRM_ADMIN_PASSWORD"] = SignInBenchmark.Password;
        // The hourly sales schedule would flag most seeded open deals as rotting (and change their versions) mid-run.
        setup.Environment["Sales__ScheduleEnabled"] = "false";
        var connectionString = setup.Environment["ConnectionStrings__Crm"]!;
        var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
        using (host)
        using (var client = new SearchClient(setup.BaseAddress))
        {
            Console.WriteLine($"Host ready in {startup.TotalSeconds:F1} s on a fresh database (every module migrated), sales schedule off.");
            var adminId = await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            var owners = await SalesSetup.InviteOwnersAsync(client, cancellationToken);
            await SalesSetup.CreatePipelinesAsync(client, cancellationToken);
            var model = await SalesModel.LoadAsync(connectionString, cancellationToken);
            Console.WriteLine(
                $"Set-up:    {owners.Count} sales representatives invited; pipelines {string.Join(", ", model.Pipelines.Select(p => $"\"{p.Name}\" ({SalesModel.OpenStages(p).Count} open stages)"))}; "
                + $"{model.LostReasons.Count} lost reasons");

            await SeedCheck.RunAsync(client, connectionString, adminId, cancellationToken);
            var contacts = await ContactsSeeder.SeedAsync(connectionString, adminId, options.Contacts, options.SalesCompanies, 1, cancellationToken);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Seeding:   {contacts.Companies:N0} companies at {contacts.CompaniesPerSecond:N0} rows/s, {contacts.Contacts:N0} contacts at {contacts.ContactsPerSecond:N0} rows/s, "
                + $"indexes rebuilt in {contacts.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE in {contacts.Analyze.TotalSeconds:F1} s"));

            await DealSeedCheck.RunAsync(client, connectionString, model, adminId, owners, cancellationToken);
            Console.WriteLine("Seed check: a contact and a deal created through the API are stored exactly as the seeding writes them (every column but the ids).");

            var now = DateTimeOffset.UtcNow;
            var deals = await DealSeeder.SeedAsync(connectionString, model, owners, options.Deals, now, cancellationToken);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Seeding:   {deals.Deals:N0} deals at {deals.DealsPerSecond:N0} deals/s (generation and COPY of deals, contacts and visits, indexes in place), VACUUM ANALYZE in {deals.Analyze.TotalSeconds:F1} s"));
            Console.WriteLine("Dataset:");
            Console.Write(await DatasetSize.DescribeAsync(connectionString, cancellationToken));
            Console.Write(await SalesDatasetSize.DescribeAsync(connectionString, cancellationToken));
            Console.WriteLine();

            // The session may have aged during a long seeding: sign in again before timing.
            await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            await using var bare = await SalesBareQueries.OpenAsync(connectionString, cancellationToken);
            var measurement = new SalesMeasurement(client, bare, model, owners, deals.OpenDeals, now);
            Console.WriteLine($"Measuring: {options.WarmUp} untimed then {options.Queries} timed rounds, each one request of every kind on the host and its bare SQL, sequential");
            var samples = await measurement.RunAsync(options.WarmUp, options.Queries, cancellationToken);
            Console.WriteLine();
            Console.WriteLine(SalesTable.Render(samples));
            if (!measurement.ForecastAvailable)
            {
                Console.WriteLine("forecast: not available");
            }

            Console.WriteLine($"Raw figures: {await WriteRawAsync(samples, cancellationToken)}");
            Console.WriteLine();
            Console.Write(await SalesPlans.ExplainAsync(connectionString, model, owners[0], measurement.Quarters[0], measurement.ForecastAvailable, cancellationToken));
            var unmoved = deals.OpenDeals[^1];
            var target = SalesModel.OpenStages(model.Pipelines[unmoved.Pipeline]).First(s => s.Id.Value != unmoved.StageId);
            Console.Write(await SalesPlans.ExplainMoveAsync(connectionString, unmoved.Id, await bare.VersionAsync(unmoved.Id, cancellationToken), target, cancellationToken));
        }
    }

    private static async Task<string> WriteRawAsync(IReadOnlyList<SalesSample> samples, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-bench-sales-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv");
        var text = new StringBuilder("kind,target,about,ms,bytes\n");
        foreach (var sample in samples)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"\"{sample.Kind}\",{(sample.Bare ? "bare" : "host")},\"{sample.About}\",{sample.Milliseconds:F3},{sample.Bytes}");
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
        return path;
    }
}

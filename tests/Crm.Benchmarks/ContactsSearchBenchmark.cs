using System.Globalization;
using Crm.Modules.Contacts.Persistence.Search;

namespace Crm.Benchmarks;

/// <summary>
/// The contacts search at scale on PostgreSQL: one host migrates a fresh database and creates the administrator, the
/// tables are seeded by COPY (<see cref="ContactsSeeder"/>), then the search box and the contacts list are timed through
/// the HTTP API (<see cref="QueryKinds"/>) and the host's SQL is explained on the database (<see cref="SearchPlans"/>);
/// then (and alone in <c>contacts-get</c>) the host's GET by id is compared with a bare app (<see cref="ContactsGetBenchmark"/>).
/// </summary>
internal static class ContactsSearchBenchmark
{
    public static async Task ExecuteAsync(RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var setup = await HostSetup.CreateAsync(Provider.Postgres, postgres, "contacts_search", cancellationToken);
        setup.Environment["CRM_ADMIN_EMAIL"] = SignInBenchmark.Email;
        setup.Environment["CRM_ADMIN_PASSWORD"] = SignInBenchmark.Password;
        var connectionString = setup.Environment["ConnectionStrings__Crm"]!;
        var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
        using (host)
        using (var client = new SearchClient(setup.BaseAddress))
        {
            Console.WriteLine($"Host ready in {startup.TotalSeconds:F1} s on a fresh database (every module migrated).");
            var adminId = await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            await SeedCheck.RunAsync(client, connectionString, adminId, cancellationToken);
            Console.WriteLine("Seed check: a contact created through the API is stored exactly as the seeding writes one.");

            var seed = await ContactsSeeder.SeedAsync(
                connectionString, adminId, options.Contacts, options.Companies, 4 * (options.Queries + options.WarmUp), cancellationToken);
            Console.WriteLine();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Seeding:   {seed.Companies:N0} companies at {seed.CompaniesPerSecond:N0} rows/s, {seed.Contacts:N0} contacts at {seed.ContactsPerSecond:N0} rows/s "
                + $"(generation, SearchText and COPY), indexes rebuilt in {seed.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE in {seed.Analyze.TotalSeconds:F1} s"));
            Console.WriteLine("Dataset:");
            Console.Write(await DatasetSize.DescribeAsync(connectionString, cancellationToken));
            Console.WriteLine();

            // The session may have aged during a long seeding: sign in again before timing.
            await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            if (options.MeasuresContactsSearch)
            {
                await MeasureSearchAsync(client, connectionString, seed, options, cancellationToken);
            }

            if (options.MeasuresContactsGet)
            {
                await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
                await ContactsGetBenchmark.RunAsync(client, host.ProcessId, setup, seed.Samples, options, cancellationToken);
            }
        }
    }

    private static async Task MeasureSearchAsync(
        SearchClient client, string connectionString, SeedResult seed, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var kinds = QueryKinds.Build(seed.Samples, options.WarmUp, options.Queries);
        Console.WriteLine($"Measuring: {kinds.Count} query kinds, {options.WarmUp} untimed then {options.Queries} timed requests each, sequential, kinds interleaved");
        var samples = await SearchMeasurement.RunAsync(client, kinds, cancellationToken);
        Console.WriteLine();
        Console.WriteLine(SearchTable.Render(samples));
        Console.WriteLine($"Raw figures: {await SearchRawFile.WriteAsync(samples, cancellationToken)}");
        Console.WriteLine();

        var phone = kinds.Single(k => k.Name == "search: phone digits").Timed[0].Text;
        Console.WriteLine(await SearchPlans.ExplainAsync(
            connectionString,
            kinds[0].Timed[0].Text,
            string.Concat(phone.Where(char.IsAsciiDigit)),
            SearchText.Normalise(kinds.Single(k => k.Name == "search: name with a typo").Timed[0].Text),
            cancellationToken));
    }
}

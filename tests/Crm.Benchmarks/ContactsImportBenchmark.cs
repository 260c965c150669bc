using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.Benchmarks;

/// <summary>
/// The contact import at scale on PostgreSQL: a generated CSV is copied raw into a bare table by PostgreSQL's COPY, then
/// uploaded and imported through the HTTP API and the import worker, then copied raw again; the import's rows per second
/// are compared with the mean of the two raw copies, and the host's resident memory is sampled while it imports.
/// </summary>
internal static class ContactsImportBenchmark
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static async Task ExecuteAsync(RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"crm-import-{options.Contacts}.csv");
        var bytes = await ImportCsvFile.WriteAsync(csv, options.Contacts, cancellationToken);
        Console.WriteLine($"File:      {csv}, {options.Contacts:N0} rows, {bytes / 1024.0 / 1024.0:F1} MiB (UTF-8, semicolons)");

        using var setup = await HostSetup.CreateAsync(Provider.Postgres, postgres, "contacts_import", cancellationToken);
        setup.Environment["CRM_ADMIN_EMAIL"] = SignInBenchmark.Email;
        setup.Environment["CRM_ADMIN_PASSWORD"] = SignInBenchmark.Password;
        var connectionString = setup.Environment["ConnectionStrings__Crm"]!;
        var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
        using (host)
        using (var client = new SearchClient(setup.BaseAddress))
        {
            Console.WriteLine($"Host ready in {startup.TotalSeconds:F1} s on a fresh database.");
            await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);

            var rawBefore = await RawCopy.RunAsync(connectionString, csv, cancellationToken);
            Console.WriteLine($"Raw COPY:  {Describe(options.Contacts, rawBefore)}");

            var idle = ProcessMemory.ResidentSetBytes(host.ProcessId);
            var uploadStarted = Stopwatch.GetTimestamp();
            Guid id;
            await using (var file = File.OpenRead(csv))
            {
                var form = new MultipartFormDataContent();
                var content = new StreamContent(file);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                form.Add(content, "file", Path.GetFileName(csv));
                using var uploaded = await client.SendAsync(HttpMethod.Post, "/api/v1/contacts/imports", form, "upload", cancellationToken);
                id = uploaded.RootElement.GetProperty("id").GetGuid();
            }

            var upload = Stopwatch.GetElapsedTime(uploadStarted);
            Console.WriteLine($"Upload:    {upload.TotalSeconds:F1} s (stored in the database in 1 MiB chunks, format detected)");

            var settings = new
            {
                columns = new[] { "FirstName", "LastName", "Email", "Phone", "Company", "City", "PostalCode" }.Select((field, column) => new { column, field }),
                policy = "Skip",
                matchKey = "Email",
            };
            var started = Stopwatch.GetTimestamp();
            (await client.SendAsync(HttpMethod.Post, $"/api/v1/contacts/imports/{id}/start", JsonContent.Create(settings), "start", cancellationToken)).Dispose();
            var peak = idle;
            JsonElement import;
            while (true)
            {
                peak = Math.Max(peak, ProcessMemory.ResidentSetBytes(host.ProcessId));
                using var read = await client.SendAsync(HttpMethod.Get, $"/api/v1/contacts/imports/{id}", null, "import", cancellationToken);
                import = read.RootElement.Clone();
                if (import.GetProperty("status").GetString() is "Completed" or "Failed")
                {
                    break;
                }

                await Task.Delay(Poll, cancellationToken);
            }

            var imported = Stopwatch.GetElapsedTime(started);
            var counts = import.GetProperty("counts");
            Console.WriteLine($"Import:    {Describe(options.Contacts, imported)}, status {import.GetProperty("status").GetString()} {import.GetProperty("failure")}, counts {counts}");

            var rawAfter = await RawCopy.RunAsync(connectionString, csv, cancellationToken);
            Console.WriteLine($"Raw COPY:  {Describe(options.Contacts, rawAfter)} (again, after the import)");
            var raw = (rawBefore + rawAfter) / 2;
            var (indexed, indexedRows) = await IndexedCopy.RunAsync(connectionString, trigrams: true, cancellationToken);
            Console.WriteLine($"Indexed:   {Describe((int)indexedRows, indexed)} (the {indexedRows:N0} imported contacts by binary COPY into an empty table with the contacts table's indexes)");
            var (untrigrammed, _) = await IndexedCopy.RunAsync(connectionString, trigrams: false, cancellationToken);
            Console.WriteLine($"           {Describe((int)indexedRows, untrigrammed)} the same without the search text's trigram index");
            Console.WriteLine();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Import rows/s {options.Contacts / imported.TotalSeconds:N0} vs raw COPY {options.Contacts / raw.TotalSeconds:N0} (mean of both): "
                + $"{raw.TotalSeconds / imported.TotalSeconds:P1} of raw COPY's speed"));
            var indexedRate = indexedRows / indexed.TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Indexed COPY {indexedRate:N0} rows/s: {indexedRate / (options.Contacts / raw.TotalSeconds):P1} of raw COPY's speed (the ceiling of any import into this table); "
                + $"the import reaches {options.Contacts / imported.TotalSeconds / indexedRate:P1} of it"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Host memory: {idle / 1024.0 / 1024.0:F0} MiB before the upload, peak {peak / 1024.0 / 1024.0:F0} MiB while importing (sampled every {Poll.TotalMilliseconds} ms)"));
            Console.WriteLine("Dataset:");
            Console.Write(await DatasetSize.DescribeAsync(connectionString, cancellationToken));
        }

        File.Delete(csv);
    }

    private static string Describe(int rows, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F1} s, {rows / elapsed.TotalSeconds:N0} rows/s");
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Crm.Benchmarks;

/// <summary>
/// Issue 5's "Done when", through the HTTP API the web app uses, on the embedded SQLite database the README runs: a
/// messy French export (<see cref="MessyExportFile"/>) uploaded and imported with the suggested mapping, its error
/// report read; the whole-base duplicate scan and the merge of its first groups; searches by fragments of names and
/// phone numbers; a segment and its exports. Prints what each step did and how long it took.
/// </summary>
internal static class DoneWhenRun
{
    private const int MergedGroups = 20;
    private const int Searches = 50;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static async Task ExecuteAsync(RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"crm-messy-export-{options.Rows}.csv");
        var size = await MessyExportFile.WriteAsync(csv, options.Rows, cancellationToken);
        Console.WriteLine($"File:      {csv}, {options.Rows:N0} rows, {size / 1024.0 / 1024.0:F1} MiB");

        using var setup = await HostSetup.CreateAsync(Provider.Sqlite, postgres, "done_when", cancellationToken);
        setup.Environment["CRM_ADMIN_EMAIL"] = SignInBenchmark.Email;
        setup.Environment["CRM_ADMIN_PASSWORD"] = SignInBenchmark.Password;
        var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
        using (host)
        using (var client = new SearchClient(setup.BaseAddress))
        {
            Console.WriteLine($"Host ready in {startup.TotalSeconds:F1} s on a fresh SQLite database.");
            await client.SignInAsync(SignInBenchmark.Email, SignInBenchmark.Password, cancellationToken);
            await ImportAsync(client, csv, options.Rows, cancellationToken);
            await FindAndMergeDuplicatesAsync(client, cancellationToken);
            await SearchAsync(client, cancellationToken);
            await SegmentAndExportAsync(client, cancellationToken);
        }

        File.Delete(csv);
    }

    private static async Task ImportAsync(SearchClient client, string csv, int rows, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        JsonElement uploaded;
        await using (var file = File.OpenRead(csv))
        {
            var content = new StreamContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var form = new MultipartFormDataContent { { content, "file", "export-clients.csv" } };
            using var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/contacts/imports", form, "upload", cancellationToken);
            uploaded = answer.RootElement.Clone();
        }

        var headers = uploaded.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!).ToList();
        var columns = uploaded.GetProperty("columns").Clone();
        var mapped = columns.EnumerateArray().Select(c => $"{headers[c.GetProperty("column").GetInt32()]} → {c.GetProperty("field").GetString()}");
        Console.WriteLine($"Upload:    {Seconds(started)}; read as {uploaded.GetProperty("format")}, {uploaded.GetProperty("encoding")}, delimiter '{uploaded.GetProperty("delimiter")}'");
        Console.WriteLine($"Mapping:   {columns.GetArrayLength()} of {headers.Count} columns suggested: {string.Join(", ", mapped)}");

        var id = uploaded.GetProperty("id").GetGuid();
        var settings = JsonContent.Create(new { columns, policy = "Update", matchKey = "Email" });
        started = Stopwatch.GetTimestamp();
        (await client.SendAsync(HttpMethod.Post, $"/api/v1/contacts/imports/{id}/start", settings, "import start", cancellationToken)).Dispose();
        var import = await UntilAsync(client, $"/api/v1/contacts/imports/{id}", "Completed", cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Import:    {elapsed.TotalSeconds:F1} s, {rows / elapsed.TotalSeconds:N0} rows/s (policy: update the contact with the same email), counts {import.GetProperty("counts")}"));

        var report = Encoding.UTF8.GetString(await client.DownloadAsync($"/api/v1/contacts/imports/{id}/errors", cancellationToken)).TrimStart('\uFEFF');
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var byColumn = lines.Skip(1).GroupBy(l => l.Split(';')[1]).Select(g => $"{g.Key} {g.Count():N0}");
        Console.WriteLine($"Errors:    report of {lines.Length - 1:N0} problems, header '{lines[0]}', by column: {string.Join(", ", byColumn)}");
        Console.WriteLine($"           first: {lines.ElementAtOrDefault(1)}");
    }

    private static async Task FindAndMergeDuplicatesAsync(SearchClient client, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var asked = await client.SendAsync(HttpMethod.Post, "/api/v1/contacts/duplicate-scans", null, "duplicate scan", cancellationToken);
        var scanId = asked.RootElement.GetProperty("id").GetGuid();
        var scan = await UntilAsync(client, $"/api/v1/contacts/duplicate-scans/{scanId}", "Completed", cancellationToken);
        var scanned = Seconds(started);

        var groups = new List<JsonElement>();
        string? cursor = null;
        do
        {
            using var page = JsonDocument.Parse(await client.DownloadAsync(
                $"/api/v1/contacts/duplicate-scans/{scanId}/groups?limit=200" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), cancellationToken));
            groups.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(g => g.Clone()));
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var sizes = groups.GroupBy(g => g.GetProperty("contacts").GetArrayLength()).OrderBy(g => g.Key).Select(g => $"{g.Count():N0} of {g.Key}");
        Console.WriteLine($"Scan:      {scanned} over {scan.GetProperty("total").GetInt32():N0} contacts, {groups.Count:N0} groups: {string.Join(", ", sizes)}");
        foreach (var group in groups.Take(3))
        {
            var members = group.GetProperty("contacts").EnumerateArray().Select(c => $"{c.GetProperty("firstName")} {c.GetProperty("lastName")} <{c.GetProperty("email")}> {c.GetProperty("phone")}");
            Console.WriteLine($"           {group.GetProperty("score")} {string.Join("+", group.GetProperty("reasons").EnumerateArray())}: {string.Join(" | ", members)}");
        }

        var merges = new List<double>();
        foreach (var group in groups.Take(MergedGroups))
        {
            var ids = group.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
            var ifMatch = await client.ETagAsync($"/api/v1/contacts/{ids[0]}", cancellationToken);
            var merging = Stopwatch.GetTimestamp();
            (await client.SendAsync(HttpMethod.Post, $"/api/v1/contacts/{ids[0]}/merge", JsonContent.Create(new { sourceIds = ids[1..] }), "merge", cancellationToken, ifMatch)).Dispose();
            merges.Add(Stopwatch.GetElapsedTime(merging).TotalMilliseconds);
        }

        var merged = Statistics.Of(merges);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Merges:    the first {merges.Count} groups, each into its oldest contact: p50 {merged.Median:F1} ms, max {merged.Max:F1} ms"));
    }

    private static async Task SearchAsync(SearchClient client, CancellationToken cancellationToken)
    {
        // Texts drawn from the contacts the import made: a fragment of a last name, its first letters, a mobile's first digits as typed, a typo.
        using var sample = JsonDocument.Parse(await client.DownloadAsync("/api/v1/contacts?limit=200&sort=-createdAt", cancellationToken));
        var people = sample.RootElement.GetProperty("items").EnumerateArray()
            .Select(c => (
                Id: c.GetProperty("id").GetGuid(),
                Last: c.GetProperty("lastName").GetString()!,
                Phone: c.GetProperty("phones").EnumerateArray().Select(p => p.GetProperty("number").GetString()!).FirstOrDefault(p => p.StartsWith("+336", StringComparison.Ordinal) || p.StartsWith("+337", StringComparison.Ordinal))))
            .Where(p => p.Last.Length >= 6 && p.Phone is not null)
            .Take(Searches)
            .ToList();
        var kinds = new (string Kind, Func<(Guid Id, string Last, string? Phone), string> Text)[]
        {
            ("fragment of a last name", p => p.Last[1..5]),
            ("first letters of a last name", p => p.Last[..3]),
            ("a mobile's digits as typed", p => $"0{p.Phone![3]} {p.Phone[4..6]} {p.Phone[6..8]}"),
            ("a last name with a typo", p => p.Last[..2] + (p.Last[2] == 'x' ? 'y' : 'x') + p.Last[3..]),
        };
        foreach (var (kind, text) in kinds)
        {
            var times = new List<double>();
            var found = 0;
            foreach (var person in people)
            {
                var started = Stopwatch.GetTimestamp();
                using var answer = JsonDocument.Parse(await client.DownloadAsync($"/api/v1/search?limit=10&q={Uri.EscapeDataString(text(person))}", cancellationToken));
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                // A common last name is many people's: a result of that name counts, as the person themself does.
                var results = answer.RootElement.GetProperty("items").EnumerateArray().ToList();
                found += results.Any(r => r.GetProperty("id").GetGuid() == person.Id
                    || r.GetProperty("title").GetString()!.Contains(person.Last, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
            }

            var timed = Statistics.Of(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search:    {kind,-30} p50 {timed.Median,5:F1} ms, p95 {timed.P95,5:F1} ms; the person or their name among the 10 results for {found} of {people.Count}"));
        }
    }

    private static async Task SegmentAndExportAsync(SearchClient client, CancellationToken cancellationToken)
    {
        using var sample = JsonDocument.Parse(await client.DownloadAsync("/api/v1/contacts?limit=1", cancellationToken));
        var city = sample.RootElement.GetProperty("items")[0].GetProperty("address").GetProperty("city").GetString()!;
        var segmentBody = JsonContent.Create(new { name = $"Contacts de {city}", kind = "Dynamic", filters = new[] { $"city:eq:{city}" } });
        using var segment = await client.SendAsync(HttpMethod.Post, "/api/v1/contacts/segments", segmentBody, "segment", cancellationToken);
        var segmentId = segment.RootElement.GetProperty("id").GetGuid();
        var started = Stopwatch.GetTimestamp();
        using var members = JsonDocument.Parse(await client.DownloadAsync($"/api/v1/contacts?limit=50&segment={segmentId}", cancellationToken));
        Console.WriteLine($"Segment:   city = {city}: {members.RootElement.GetProperty("total")} contacts, first page in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        foreach (var format in new[] { "csv", "xlsx", "vcard" })
        {
            var (milliseconds, bytes) = await client.TimeGetAsync($"/api/v1/contacts/export?format={format}&segment={segmentId}", cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Export:    {format,-5} {bytes / 1024.0:F0} KiB in {milliseconds:F0} ms"));
        }
    }

    private static async Task<JsonElement> UntilAsync(SearchClient client, string path, string done, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var read = JsonDocument.Parse(await client.DownloadAsync(path, cancellationToken));
            var status = read.RootElement.GetProperty("status").GetString();
            if (status == done)
            {
                return read.RootElement.Clone();
            }

            if (status == "Failed")
            {
                throw new InvalidOperationException($"{path} failed: {read.RootElement}");
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private static string Seconds(long started) => string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
}

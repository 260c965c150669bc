using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// <c>GET /api/v1/contacts/{id}</c> throughput against a yardstick: the real host (signed in, cookie session) and the
/// bare minimal-API + EF app (<see cref="BareContactsServer"/>, its own process on the same database), over the same
/// ids drawn from the seeded contacts; and, to tell where the host's time goes, three requests without the contacts
/// query: the host's <c>/health/live</c> with the session cookie and without, and the bare app's <c>/health/ready</c>.
/// In each of <c>--get-rounds</c> rounds, for each number of concurrent clients, each target is loaded for
/// <c>--get-seconds</c>, the first target changing every round, so that a change in the machine's load touches all alike.
/// The CPU time each slice cost the app, PostgreSQL's backends and the clients is read around it (<see cref="CpuMeter"/>).
/// </summary>
internal static class ContactsGetBenchmark
{
    /// <summary>Concurrent clients, each sending its next GET as soon as the previous one answered.</summary>
    public static readonly int[] Concurrencies = [1, 8];

    private const int Draws = 4096;
    private const string Host = "host GET by id";
    private const string Bare = "bare GET by id";
    private const string HostSession = "host /health/live, session";
    private const string HostAnonymous = "host /health/live, anonymous";
    private const string BareEmpty = "bare /health/ready";

    // The properties both answers must hold alike (the host adds the phones' international form and the companies).
    private static readonly string[] SameProperties =
        ["id", "firstName", "lastName", "jobTitle", "emails", "address", "lifecycleStage", "source", "tags", "ownerId", "createdAtUtc", "updatedAtUtc", "version", "externalId", "importId", "customFields"];

    public static async Task RunAsync(
        SearchClient host, int hostProcessId, HostSetup setup, IReadOnlyList<SeededContact> samples, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        // The host's environment (its database, warnings-only logging), its own port, and server GC as the host's Web SDK sets.
        var environment = new Dictionary<string, string?>(setup.Environment) { ["ASPNETCORE_URLS"] = url, ["Urls"] = url, ["DOTNET_gcServer"] = "1" };
        var (process, startup) = await HostProcess.StartAndWaitUntilReadyAsync(
            typeof(ContactsGetBenchmark).Assembly.Location, AppContext.BaseDirectory, [BareContactsServer.Argument], port, environment, options, cancellationToken);
        await using var connection = new NpgsqlConnection(setup.Environment["ConnectionStrings__Crm"]);
        await connection.OpenAsync(cancellationToken);
        using (process)
        using (var bare = new SearchClient(new Uri(url)))
        using (var anonymous = new SearchClient(setup.BaseAddress))
        {
            var meter = new CpuMeter(connection, hostProcessId, process.ProcessId);
            var random = new Random(ContactsSeeder.Seed);
            var ids = Enumerable.Range(0, Draws).Select(_ => samples[random.Next(samples.Count)].Id).ToArray();
            Target[] targets =
            [
                new(Host, true, host, [.. ids.Select(id => $"/api/v1/contacts/{id}")]),
                new(Bare, false, bare, [.. ids.Select(id => $"/contacts/{id}")]),
                new(HostSession, true, host, ["/health/live"]),
                new(HostAnonymous, true, anonymous, ["/health/live"]),
                new(BareEmpty, false, bare, ["/health/ready"]),
            ];
            await CheckSameAnswersAsync(host, bare, ids[..20], cancellationToken);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Bare app ready in {startup.TotalSeconds:F1} s (own process, server GC); it answers the same contacts as the host. "
                + $"The host's session cookie header: {host.CookieHeaderLength:N0} characters."));

            var slice = TimeSpan.FromSeconds(options.GetSeconds);
            foreach (var target in targets)
            {
                await LoadAsync(target, Concurrencies.Max(), slice, meter, cancellationToken); // Untimed: JIT tiers, pools filled.
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Measuring: {targets.Length} targets, {options.GetRounds} rounds × {options.GetSeconds} s per target and client count ({string.Join(", ", Concurrencies)}), "
                + $"the first target changing every round; {Draws:N0} ids drawn from {samples.Count:N0} seeded contacts"));
            var slices = new List<Slice>();
            for (var round = 0; round < options.GetRounds; round++)
            {
                foreach (var clients in Concurrencies)
                {
                    // Each round starts with the next target, so that a change in the machine's load touches all alike.
                    foreach (var target in Enumerable.Range(round, targets.Length).Select(i => targets[i % targets.Length]))
                    {
                        var measured = await LoadAsync(target, clients, slice, meter, cancellationToken);
                        slices.Add(measured);
                        Console.WriteLine(string.Create(
                            CultureInfo.InvariantCulture,
                            $"  round {round + 1}/{options.GetRounds}, {clients} client(s), {target.Name,-28} {measured.PerSecond,8:F0} req/s"));
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine(Render(slices, options.GetRounds));
        }
    }

    /// <summary>Each client sends the next id's GET as soon as its previous one answered, until the slice's time is up.</summary>
    private static async Task<Slice> LoadAsync(Target target, int clients, TimeSpan duration, CpuMeter meter, CancellationToken cancellationToken)
    {
        var before = await meter.ReadAsync(cancellationToken);
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            var times = new List<double>();
            var bytes = 0L;
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var answer = await target.Client.TimeGetAsync(target.Paths[Interlocked.Increment(ref next) % target.Paths.Length], cancellationToken);
                times.Add(answer.Milliseconds);
                bytes += answer.Bytes;
            }

            return (times, bytes);
        }).ToList();
        var done = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = (await meter.ReadAsync(cancellationToken)).Since(before);
        return new Slice(target.Name, clients, elapsed, [.. done.SelectMany(d => d.times)], done.Sum(d => d.bytes), target.OnHost ? cpu.Host : cpu.Bare, cpu.Database, cpu.Client);
    }

    private static async Task CheckSameAnswersAsync(SearchClient host, SearchClient bare, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            using var fromHost = await host.SendAsync(HttpMethod.Get, $"/api/v1/contacts/{id}", null, "host's GET", cancellationToken);
            using var fromBare = await bare.SendAsync(HttpMethod.Get, $"/contacts/{id}", null, "bare app's GET", cancellationToken);
            var differences = SameProperties
                .Where(p => Text(fromHost.RootElement, p) != Text(fromBare.RootElement, p))
                .Select(p => $"{p}: host {Text(fromHost.RootElement, p)}, bare {Text(fromBare.RootElement, p)}")
                .ToList();
            if (Numbers(fromHost.RootElement) != Numbers(fromBare.RootElement))
            {
                differences.Add($"phones: host {Numbers(fromHost.RootElement)}, bare {Numbers(fromBare.RootElement)}");
            }

            if (differences.Count > 0)
            {
                throw new InvalidOperationException($"The bare app answers contact {id} unlike the host:\n{string.Join('\n', differences)}");
            }
        }

        static string Text(JsonElement contact, string property) => contact.TryGetProperty(property, out var value) ? value.GetRawText() : "(missing)";

        static string Numbers(JsonElement contact) => string.Join(' ', contact.GetProperty("phones").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
    }

    private static string Render(IReadOnlyList<Slice> slices, int rounds)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"GET by id, host vs bare minimal API + EF, {rounds} rounds per row (ms: to the end of the body, every request; B: body bytes)");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"clients",7} | {"host req/s",10} | {"bare req/s",10} | {"host/bare",9} | {"per round",11} | {"host p50",8} | {"host p95",8} | {"bare p50",8} | {"bare p95",8} | {"host B",6} | {"bare B",6}");
        foreach (var clients in Concurrencies)
        {
            var host = Of(slices, Host, clients);
            var bare = Of(slices, Bare, clients);
            var perRound = host.Slices.Zip(bare.Slices, (h, b) => h.PerSecond / b.PerSecond).ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{clients,7} | {host.PerSecond,10:F0} | {bare.PerSecond,10:F0} | {host.PerSecond / bare.PerSecond,9:P0} | {perRound.Min(),5:P0}–{perRound.Max(),-5:P0} | "
                + $"{host.Times.Median,8:F2} | {host.Times.P95,8:F2} | {bare.Times.Median,8:F2} | {bare.Times.P95,8:F2} | {host.Bytes,6} | {bare.Bytes,6}");
        }

        text.AppendLine();
        text.AppendLine("Where the host's time goes (ms/req = 1000 / req/s: the mean latency at 1 client, the whole machine's time per request at 8;");
        text.AppendLine("CPU ms per request: of the app serving it (host or bare), of PostgreSQL's backends for this database, of the clients)");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"target",-28} | {"clients",7} | {"req/s",7} | {"ms/req",6} | {"p50",6} | {"p95",6} | {"app CPU",7} | {"PG CPU",7} | {"clients",7}");
        foreach (var name in new[] { Host, HostSession, HostAnonymous, Bare, BareEmpty })
        {
            foreach (var clients in Concurrencies)
            {
                var target = Of(slices, name, clients);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{name,-28} | {clients,7} | {target.PerSecond,7:F0} | {target.Milliseconds,6:F2} | {target.Times.Median,6:F2} | {target.Times.P95,6:F2} | "
                    + $"{target.AppCpu,7:F3} | {(target.DatabaseCpu is { } database ? database.ToString("F3", CultureInfo.InvariantCulture) : "-"),7} | {target.ClientCpu,7:F3}");
            }
        }

        foreach (var clients in Concurrencies)
        {
            double Ms(string name) => Of(slices, name, clients).Milliseconds;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"At {clients} client(s), ms/req: host pipeline {Ms(HostAnonymous):F2} (bare {Ms(BareEmpty):F2}), session cookie +{Ms(HostSession) - Ms(HostAnonymous):F2}, "
                + $"contact endpoint +{Ms(Host) - Ms(HostSession):F2} (bare +{Ms(Bare) - Ms(BareEmpty):F2}); total host {Ms(Host):F2}, bare {Ms(Bare):F2}");
        }

        return text.ToString();
    }

    private static Measured Of(IReadOnlyList<Slice> slices, string target, int clients)
    {
        var chosen = slices.Where(s => s.Target == target && s.Clients == clients).ToList();
        var requests = chosen.Sum(s => s.Times.Count);
        double PerRequest(Func<Slice, TimeSpan> cpu) => chosen.Sum(s => cpu(s).TotalMilliseconds) / requests;
        return new Measured(
            chosen, requests / chosen.Sum(s => s.Elapsed.TotalSeconds), Statistics.Of(chosen.SelectMany(s => s.Times)), chosen.Sum(s => s.Bytes) / requests,
            PerRequest(s => s.AppCpu), chosen.All(s => s.DatabaseCpu is not null) ? PerRequest(s => s.DatabaseCpu!.Value) : null, PerRequest(s => s.ClientCpu));
    }

    /// <summary>One app's URL under load: which app serves it, its client and the requests to send, in turn.</summary>
    private sealed record Target(string Name, bool OnHost, SearchClient Client, string[] Paths);

    /// <summary>One target loaded by some clients for a while: every request's time, the bytes of the bodies, the CPU time spent.</summary>
    private sealed record Slice(
        string Target, int Clients, TimeSpan Elapsed, IReadOnlyList<double> Times, long Bytes, TimeSpan AppCpu, TimeSpan? DatabaseCpu, TimeSpan ClientCpu)
    {
        public double PerSecond => Times.Count / Elapsed.TotalSeconds;
    }

    /// <summary>A target's slices at one client count, together: requests/s over their whole time, latencies, mean body bytes, CPU ms per request.</summary>
    private sealed record Measured(
        IReadOnlyList<Slice> Slices, double PerSecond, Statistics Times, long Bytes, double AppCpu, double? DatabaseCpu, double ClientCpu)
    {
        public double Milliseconds => 1000 / PerSecond;
    }
}

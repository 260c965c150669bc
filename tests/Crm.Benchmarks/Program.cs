using System.Globalization;
using Crm.Benchmarks;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

if (args is [BareContactsServer.Argument])
{
    // Started by contacts-get as its own process: the bare app the host's GET by id is compared with.
    await BareContactsServer.RunAsync(cancellation.Token);
    return 0;
}

if (!BenchmarkOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var layout = RepositoryLayout.Locate();
var benchmarkConfiguration = AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
Console.WriteLine($"Command:   dotnet run -c {benchmarkConfiguration} --project tests/Crm.Benchmarks -- {string.Join(' ', args)}");
Console.WriteLine($"Process:   {Environment.CommandLine}  (in {Environment.CurrentDirectory})");
Console.WriteLine($"Host:      dotnet {layout.HostDll}  (working directory {layout.HostDirectory}, {layout.Configuration} build)");
Console.WriteLine($"Scenario:  {options.Scenario}");
if (options.MeasuresStartup)
{
    Console.WriteLine($"Runs:      {options.Runs} per provider, alternating sqlite/postgres; idle memory read {options.IdleDelay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s after ready");
}

if (options.MeasuresSignIn)
{
    Console.WriteLine(
        $"Sign-in:   one host per provider side by side; after {options.WarmUp} untimed rounds, {options.SignIns} sign-ins with the right password "
        + $"and {options.Refusals} refusals of each kind per provider, sequential, alternating hosts, no cookies sent");
}

if (options.MeasuresContactsSearch)
{
    Console.WriteLine(
        $"Search:    PostgreSQL only; {options.Contacts:N0} contacts and {options.Companies:N0} companies seeded by COPY, then {options.WarmUp} untimed "
        + $"and {options.Queries} timed requests per query kind, sequential, kinds interleaved");
}

if (options.MeasuresContactsGet)
{
    Console.WriteLine(
        $"Get:       {(options.MeasuresContactsSearch ? "then " : $"PostgreSQL only; {options.Contacts:N0} contacts and {options.Companies:N0} companies seeded by COPY, then ")}"
        + $"GET by id on the host and on a bare minimal-API + EF app, {options.GetRounds} rounds × {options.GetSeconds} s each at {string.Join(" and ", ContactsGetBenchmark.Concurrencies)} client(s), alternating");
}

if (options.MeasuresSales)
{
    Console.WriteLine(
        $"Sales:     PostgreSQL only; {options.Contacts:N0} contacts, {options.SalesCompanies:N0} companies and {options.Deals:N0} deals seeded by COPY, then {options.WarmUp} untimed "
        + $"and {options.Queries} timed requests per kind (board, board by owner, column page, forecast, move), each beside its bare SQL, sequential, kinds interleaved");
}

if (options.MeasuresReminders)
{
    Console.WriteLine(
        $"Reminders: PostgreSQL only; two hosts on one database (poll {ReminderBenchmark.PollInterval.TotalSeconds:F0} s, batch {ReminderBenchmark.BatchSize}), {options.ReminderUsers:N0} users, "
        + $"a backlog of {options.ReminderBacklog:N0} fired reminders, then {options.Reminders:N0} reminders due evenly over {options.ReminderSeconds} s and {options.Reminders:N0} due at once");
}

if (options.MeasuresAgenda)
{
    Console.WriteLine(
        $"Agenda:    PostgreSQL only; {options.Users:N0} users, {options.AgendaContacts:N0} contacts, {options.Appointments:N0} appointments ({options.SeriesPercent} % weekly series) and {options.Tasks:N0} tasks seeded by COPY, then {options.WarmUp} untimed "
        + $"and {options.Queries} timed requests per kind (week, month, team week), each beside its bare SQL, sequential, kinds interleaved");
}

Console.WriteLine($"Machine:   {Environment.ProcessorCount} CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");

await using var postgres = await PostgresServer.StartAsync(cancellation.Token);
Console.WriteLine($"Postgres:  {postgres.Description}");
Console.WriteLine();

try
{
    if (options.MeasuresStartup)
    {
        var results = new List<RunResult>();
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var provider in new[] { Provider.Sqlite, Provider.Postgres })
            {
                var result = await BenchmarkRun.ExecuteAsync(layout, postgres, provider, run, options, cancellation.Token);
                results.Add(result);
                Console.WriteLine(
                    $"run {run}/{options.Runs} {provider.Name(),-8}  ready {result.StartupMilliseconds,8:F0} ms   idle RSS {result.IdleRssMebibytes,7:F1} MiB");
            }
        }

        Console.WriteLine();
        Console.WriteLine(ResultsTable.Render(results));
    }

    if (options.MeasuresSignIn)
    {
        var samples = await SignInBenchmark.ExecuteAsync(layout, postgres, options, cancellation.Token);
        var hashChecks = SignInBenchmark.TimeHashChecks(options.SignIns);
        Console.WriteLine(SignInTable.Render(samples, hashChecks));
    }

    if (options.SeedsContacts)
    {
        await ContactsSearchBenchmark.ExecuteAsync(layout, postgres, options, cancellation.Token);
    }

    if (options.MeasuresContactsImport)
    {
        await ContactsImportBenchmark.ExecuteAsync(layout, postgres, options, cancellation.Token);
    }

    if (options.MeasuresSales)
    {
        await SalesBenchmark.ExecuteAsync(layout, postgres, options, cancellation.Token);
    }

    if (options.MeasuresReminders)
    {
        await ReminderBenchmark.ExecuteAsync(layout, postgres, options, cancellation.Token);
    }

    if (options.MeasuresAgenda)
    {
        await AgendaBenchmark.ExecuteAsync(layout, postgres, options, cancellation.Token);
    }

    if (options.RunsDoneWhen)
    {
        await DoneWhenRun.ExecuteAsync(layout, postgres, options, cancellation.Token);
    }
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}

return 0;

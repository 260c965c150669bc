using System.Diagnostics;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>An open seeded deal: what the moves and the column pages are drawn from.</summary>
internal sealed record SeededDeal(Guid Id, int Pipeline, Guid StageId);

/// <summary>What the deal seeding wrote and how long it took.</summary>
internal sealed record DealSeedResult(int Deals, int Open, int Won, int Lost, int Contacts, int Visits, TimeSpan Copy, TimeSpan Analyze, IReadOnlyList<SeededDeal> OpenDeals)
{
    public double DealsPerSecond => Deals / Copy.TotalSeconds;
}

/// <summary>
/// Fills <c>sales.deals</c>, <c>sales.deal_contacts</c> and <c>sales.stage_visits</c> by binary COPY
/// (<see cref="DealRows"/>) with deals from <see cref="DealGenerator"/>, built in order of creation so that their
/// version 7 ids (made by the module's <c>DealId.New</c>) follow it; each deal's version is the number of saves its
/// history took (1 when created, 2 when created then won or lost). The indexes stay (a few hundred thousand rows),
/// then <c>VACUUM ANALYZE</c>.
/// </summary>
internal static class DealSeeder
{
    public const int Seed = 20261129;

    private const int ChunkSize = 5_000;

    public static async Task<DealSeedResult> SeedAsync(
        string connectionString, SalesModel model, IReadOnlyList<Guid> owners, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await SeedIndexes.ExecuteAsync(connection, "SET synchronous_commit = off", cancellationToken);
        var directory = await SeededDirectory.LoadAsync(connection, cancellationToken);
        Progress($"read {directory.Companies.Length:N0} companies, {directory.CompanyContacts.Values.Sum(c => c.Length):N0} links and {directory.Contacts.Length:N0} contacts to name");

        var stopwatch = Stopwatch.StartNew();
        var random = new Random(Seed);
        var generator = new DealGenerator(model, owners, directory, now, random);
        var open = new List<SeededDeal>(count / 2 + 1);
        var chunk = new List<Deal>(ChunkSize);
        int won = 0, lost = 0, contacts = 0, visits = 0;
        var plans = DealGenerator.Plan(count, now, random);
        for (var i = 0; i < plans.Count; i++)
        {
            var deal = generator.Build(plans[i]);
            chunk.Add(deal);
            contacts += deal.Contacts.Count;
            visits += deal.Visits.Count;
            switch (deal.Status)
            {
                case DealStatus.Open:
                    open.Add(new SeededDeal(deal.Id.Value, PipelineIndex(model, deal), deal.StageId.Value));
                    break;
                case DealStatus.Won:
                    won++;
                    break;
                default:
                    lost++;
                    break;
            }

            if (chunk.Count == ChunkSize || i == plans.Count - 1)
            {
                await DealRows.WriteAsync(connection, chunk, d => d.Visits.Count, cancellationToken);
                chunk.Clear();
            }

            if ((i + 1) % 50_000 == 0)
            {
                Progress($"{i + 1:N0} deals, {(i + 1) / stopwatch.Elapsed.TotalSeconds:N0}/s");
            }
        }

        var copy = stopwatch.Elapsed;
        Progress($"{count:N0} deals ({open.Count:N0} open, {won:N0} won, {lost:N0} lost), {contacts:N0} deal contacts, {visits:N0} stage visits in {copy.TotalSeconds:F1} s");
        stopwatch.Restart();
        await SeedIndexes.ExecuteAsync(connection, "VACUUM ANALYZE sales.deals, sales.deal_contacts, sales.stage_visits", cancellationToken);
        return new DealSeedResult(count, open.Count, won, lost, contacts, visits, copy, stopwatch.Elapsed, open);
    }

    private static int PipelineIndex(SalesModel model, Deal deal)
    {
        for (var i = 0; i < model.Pipelines.Count; i++)
        {
            if (model.Pipelines[i].Id == deal.PipelineId)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The deal {deal.Id.Value} is in no known pipeline.");
    }

    private static void Progress(string message) => Console.WriteLine($"  seed: {message}");
}

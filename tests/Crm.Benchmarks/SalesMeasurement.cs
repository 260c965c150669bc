using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Shared.Infrastructure.Http;

namespace Crm.Benchmarks;

/// <summary>One timed request of one kind, on the host or its bare SQL, with what it was about (a pipeline's name, a quarter…).</summary>
internal sealed record SalesSample(string Kind, bool Bare, string About, double Milliseconds, int Bytes);

/// <summary>
/// The sales requests through the host's HTTP API, signed in as the administrator, each beside its bare SQL
/// (<see cref="SalesBareQueries"/>) in the same round: <c>--warm-up</c> untimed rounds, then <c>--queries</c> timed
/// ones, sequential, one request of every kind per round (the host first in even rounds, the bare SQL first in odd
/// ones), so that a change in the machine's load touches all alike.
/// </summary>
internal sealed class SalesMeasurement(
    SearchClient client, SalesBareQueries bare, SalesModel model, IReadOnlyList<Guid> owners, IReadOnlyList<SeededDeal> openDeals, DateTimeOffset now)
{
    public const string Board = "board: first page";
    public const string BoardOwner = "board: first page, ?ownerId=";
    public const string Column = "board: a column's next page";
    public const string Forecast = "forecast: a quarter by month";
    public const string Move = "move: open deal to an open stage";

    /// <summary>The board's default page (<c>GetBoardHandler.DefaultLimit</c>): what the host reads per column.</summary>
    private const int Limit = 20;

    private readonly Random _random = new(DealSeeder.Seed + 1);
    private readonly HashSet<Guid> _moved = [];

    /// <summary>Whether <c>GET /api/v1/forecast</c> answered; when not, the forecast kind is left out and said so.</summary>
    public bool ForecastAvailable { get; private set; }

    public string ForecastProbe { get; private set; } = string.Empty;

    /// <summary>The quarters the forecast rotates through: the current one, the next two and the previous one.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> Quarters
    {
        get
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var current = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
            return [.. new[] { 0, 3, 6, -3 }.Select(months => (current.AddMonths(months), current.AddMonths(months + 3).AddDays(-1)))];
        }
    }

    public async Task<IReadOnlyList<SalesSample>> RunAsync(int warmUp, int timed, CancellationToken cancellationToken)
    {
        await ProbeForecastAsync(cancellationToken);
        await CheckBoardsAsync(cancellationToken);
        for (var round = 0; round < warmUp; round++)
        {
            await RoundAsync(round, cancellationToken);
        }

        var samples = new List<SalesSample>();
        for (var round = 0; round < timed; round++)
        {
            samples.AddRange(await RoundAsync(round, cancellationToken));
            if ((round + 1) % 50 == 0)
            {
                Console.WriteLine($"  measure: {round + 1}/{timed} rounds");
            }
        }

        return samples;
    }

    private async Task<List<SalesSample>> RoundAsync(int round, CancellationToken cancellationToken)
    {
        var samples = new List<SalesSample>();
        var bareFirst = round % 2 == 1;
        var pipeline = model.Pipelines[round % model.Pipelines.Count];

        await PairAsync(
            samples, bareFirst, Board, pipeline.Name,
            () => client.TimeGetAsync($"/api/v1/pipelines/{pipeline.Id.Value}/board", cancellationToken),
            () => bare.BoardAsync(pipeline, null, Limit, cancellationToken));

        var owner = owners[(round / model.Pipelines.Count) % owners.Count];
        await PairAsync(
            samples, bareFirst, BoardOwner, pipeline.Name,
            () => client.TimeGetAsync($"/api/v1/pipelines/{pipeline.Id.Value}/board?ownerId={owner}", cancellationToken),
            () => bare.BoardAsync(pipeline, owner, Limit, cancellationToken));

        var after = openDeals[_random.Next(openDeals.Count)];
        var column = model.Pipelines[after.Pipeline];
        await PairAsync(
            samples, bareFirst, Column, column.Name,
            () => client.TimeGetAsync($"/api/v1/pipelines/{column.Id.Value}/board/{after.StageId}?cursor={PageRequest.Encode(after.Id)}", cancellationToken),
            () => bare.ColumnPageAsync(after.StageId, after.Id, Limit, cancellationToken));

        if (ForecastAvailable)
        {
            var (from, to) = Quarters[round % Quarters.Count];
            var about = string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
            await PairAsync(
                samples, bareFirst, Forecast, about,
                () => client.TimeGetAsync(ForecastPath(from, to), cancellationToken),
                () => bare.ForecastAsync(from, to, cancellationToken));
        }

        // Two different open deals, each moved once: one through the host, one by the bare UPDATE.
        var (hostDeal, hostStage) = NextMove();
        var etag = await client.ETagAsync($"/api/v1/deals/{hostDeal.Id}", cancellationToken);
        var (bareDeal, bareStage) = NextMove();
        var bareVersion = await bare.VersionAsync(bareDeal.Id, cancellationToken);
        await PairAsync(
            samples, bareFirst, Move, model.Pipelines[hostDeal.Pipeline].Name,
            () => TimeMoveAsync(hostDeal.Id, hostStage, etag, cancellationToken),
            () => bare.MoveAsync(bareDeal.Id, bareVersion, bareStage, cancellationToken));
        return samples;
    }

    public static string ForecastPath(DateOnly from, DateOnly to) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/forecast?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&interval=month");

    private static async Task PairAsync(
        List<SalesSample> samples, bool bareFirst, string kind, string about, Func<Task<(double Milliseconds, int Bytes)>> host, Func<Task<double>> bare)
    {
        if (bareFirst)
        {
            samples.Add(new SalesSample(kind, true, about, await bare(), 0));
        }

        var (milliseconds, bytes) = await host();
        samples.Add(new SalesSample(kind, false, about, milliseconds, bytes));
        if (!bareFirst)
        {
            samples.Add(new SalesSample(kind, true, about, await bare(), 0));
        }
    }

    /// <summary>An open deal not moved yet and another open stage of its pipeline.</summary>
    private (SeededDeal Deal, Stage Stage) NextMove()
    {
        while (true)
        {
            var deal = openDeals[_random.Next(openDeals.Count)];
            if (!_moved.Add(deal.Id))
            {
                continue;
            }

            var others = SalesModel.OpenStages(model.Pipelines[deal.Pipeline]).Where(s => s.Id.Value != deal.StageId).ToList();
            if (others.Count > 0)
            {
                return (deal, others[_random.Next(others.Count)]);
            }
        }
    }

    /// <summary><c>POST /api/v1/deals/{id}/move</c> with If-Match, timed to the end of the answer's body (parsed: a few hundred bytes).</summary>
    private async Task<(double Milliseconds, int Bytes)> TimeMoveAsync(Guid dealId, Stage stage, string etag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var answer = await client.SendAsync(
            HttpMethod.Post, $"/api/v1/deals/{dealId}/move", JsonContent.Create(new { stageId = stage.Id.Value }), "move", cancellationToken, etag);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var stageId = answer.RootElement.GetProperty("stageId").GetGuid();
        return stageId == stage.Id.Value
            ? (elapsed, answer.RootElement.GetRawText().Length)
            : throw new InvalidOperationException($"Deal {dealId} was moved to {stageId}, not {stage.Id.Value}.");
    }

    /// <summary>Asks for the current quarter's forecast once: a 404 (or any failure) leaves the forecast out.</summary>
    private async Task ProbeForecastAsync(CancellationToken cancellationToken)
    {
        var (from, to) = Quarters[0];
        try
        {
            var body = await client.DownloadAsync(ForecastPath(from, to), cancellationToken);
            using var forecast = JsonDocument.Parse(body);
            var periods = forecast.RootElement.GetProperty("periods").GetArrayLength();
            ForecastAvailable = true;
            ForecastProbe = $"forecast: {ForecastPath(from, to)} answered {periods} periods ({body.Length:N0} bytes)";
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException or KeyNotFoundException)
        {
            ForecastAvailable = false;
            var first = ex.Message.Split('\n')[0];
            ForecastProbe = $"forecast: not available ({(first.Length > 160 ? first[..160] + "…" : first)})";
        }

        Console.WriteLine(ForecastProbe);
    }

    /// <summary>Each board once, untimed: as many columns as stages, and column counts adding up to the pipeline's deals in the table.</summary>
    private async Task CheckBoardsAsync(CancellationToken cancellationToken)
    {
        foreach (var pipeline in model.Pipelines)
        {
            using var board = JsonDocument.Parse(await client.DownloadAsync($"/api/v1/pipelines/{pipeline.Id.Value}/board", cancellationToken));
            var columns = board.RootElement.GetProperty("columns").EnumerateArray().ToList();
            var count = columns.Sum(c => c.GetProperty("count").GetInt32());
            var cards = columns.Sum(c => c.GetProperty("deals").GetArrayLength());
            var stored = await bare.CountAsync(pipeline, cancellationToken);
            if (columns.Count != pipeline.Stages.Count || count != stored)
            {
                throw new InvalidOperationException(
                    $"The board of {pipeline.Name} has {columns.Count} columns for {pipeline.Stages.Count} stages and counts {count} deals of {stored}.");
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Board of \"{pipeline.Name}\": {columns.Count} columns, {count:N0} deals, {cards} cards on the first page"));
        }
    }
}

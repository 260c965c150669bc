using System.Diagnostics;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>
/// The yardstick of each sales request: the SQL that answers it, run by a plain Npgsql connection (statements
/// prepared after two uses, as the host's connections are), no EF, no HTTP, no visibility, no JSON. Every row is read
/// to its last column. A time runs from sending the first statement to reading the last row.
/// </summary>
internal sealed class SalesBareQueries(NpgsqlConnection connection) : IAsyncDisposable
{
    /// <summary>Every column of a deal, as a card needs them (EF reads them all, plus the deal's contacts).</summary>
    private static readonly string DealColumns = string.Join(", ", DealRows.DealColumns);

    public static async Task<SalesBareQueries> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return new SalesBareQueries(connection);
    }

    /// <summary>
    /// The board's work: the count, sum and weighted sum per stage and currency of the pipeline's deals (of one
    /// owner), then the first <paramref name="limit"/> + 1 deals of every stage, newest first.
    /// </summary>
    public async Task<double> BoardAsync(Pipeline pipeline, Guid? ownerId, int limit, CancellationToken cancellationToken)
    {
        var owner = ownerId is null ? string.Empty : " AND owner_id = @owner";
        var started = Stopwatch.GetTimestamp();
        await using (var sums = new NpgsqlCommand(
            "SELECT stage_id, currency, count(*), sum(coalesce(amount_cents, 0)), sum(coalesce(amount_cents, 0) * probability) "
            + $"FROM sales.deals WHERE pipeline_id = @pipeline{owner} GROUP BY stage_id, currency", connection))
        {
            sums.Parameters.AddWithValue("pipeline", pipeline.Id.Value);
            AddOwner(sums, ownerId);
            await ReadAllAsync(sums, cancellationToken);
        }

        foreach (var stage in pipeline.Stages)
        {
            await using var page = new NpgsqlCommand(
                $"SELECT {DealColumns} FROM sales.deals WHERE pipeline_id = @pipeline{owner} AND stage_id = @stage ORDER BY id DESC LIMIT @limit", connection);
            page.Parameters.AddWithValue("pipeline", pipeline.Id.Value);
            page.Parameters.AddWithValue("stage", stage.Id.Value);
            page.Parameters.AddWithValue("limit", limit + 1);
            AddOwner(page, ownerId);
            await ReadAllAsync(page, cancellationToken);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>A column's next page: the stage's deals older than the cursor's, newest first.</summary>
    public async Task<double> ColumnPageAsync(Guid stageId, Guid after, int limit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var page = new NpgsqlCommand(
            $"SELECT {DealColumns} FROM sales.deals WHERE stage_id = @stage AND id < @after ORDER BY id DESC LIMIT @limit", connection);
        page.Parameters.AddWithValue("stage", stageId);
        page.Parameters.AddWithValue("after", after);
        page.Parameters.AddWithValue("limit", limit + 1);
        await ReadAllAsync(page, cancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>
    /// The forecast's grouped sums for a quarter by month: open deals (not omitted) by the month of their expected close
    /// date, category and currency; won deals by the month they were won in and currency.
    /// </summary>
    public async Task<double> ForecastAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var starts = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1).AddMonths(1); month <= to; month = month.AddMonths(1))
        {
            starts.Add(month);
        }

        var started = Stopwatch.GetTimestamp();
        await using (var open = new NpgsqlCommand(
            $"SELECT {PeriodOf("expected_close_date", "m", starts.Count)}, currency, forecast_category, count(*), sum(coalesce(amount_cents, 0)), "
            + "sum(coalesce(amount_cents, 0) * probability) FROM sales.deals WHERE status = 'Open' AND forecast_category <> 'Omitted' "
            + "AND expected_close_date >= @from AND expected_close_date <= @to GROUP BY 1, 2, 3", connection))
        {
            for (var i = 0; i < starts.Count; i++)
            {
                open.Parameters.AddWithValue($"m{i}", NpgsqlDbType.Date, starts[i]);
            }

            open.Parameters.AddWithValue("from", NpgsqlDbType.Date, from);
            open.Parameters.AddWithValue("to", NpgsqlDbType.Date, to);
            await ReadAllAsync(open, cancellationToken);
        }

        await using (var won = new NpgsqlCommand(
            $"SELECT {PeriodOf("closed_at_utc", "m", starts.Count)}, currency, count(*), sum(coalesce(amount_cents, 0)) FROM sales.deals "
            + "WHERE status = 'Won' AND closed_at_utc >= @start AND closed_at_utc < @end GROUP BY 1, 2", connection))
        {
            for (var i = 0; i < starts.Count; i++)
            {
                won.Parameters.AddWithValue($"m{i}", NpgsqlDbType.TimestampTz, Utc(starts[i]));
            }

            won.Parameters.AddWithValue("start", NpgsqlDbType.TimestampTz, Utc(from));
            won.Parameters.AddWithValue("end", NpgsqlDbType.TimestampTz, Utc(to.AddDays(1)));
            await ReadAllAsync(won, cancellationToken);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Moving a deal, bare: one UPDATE of its stage, probability, times and version, on the version read.</summary>
    public async Task<double> MoveAsync(Guid dealId, int version, Stage stage, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        await using var move = new NpgsqlCommand(
            "UPDATE sales.deals SET stage_id = @stage, probability = @probability, updated_at_utc = @now, stage_entered_at_utc = @now, "
            + "last_activity_at_utc = @now, version = @version + 1 WHERE id = @id AND version = @version", connection);
        move.Parameters.AddWithValue("stage", stage.Id.Value);
        move.Parameters.AddWithValue("probability", stage.Probability);
        move.Parameters.AddWithValue("now", now);
        move.Parameters.AddWithValue("version", version);
        move.Parameters.AddWithValue("id", dealId);
        var updated = await move.ExecuteNonQueryAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return updated == 1 ? elapsed : throw new InvalidOperationException($"The bare move of deal {dealId} at version {version} updated {updated} rows.");
    }

    public async Task<int> VersionAsync(Guid dealId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM sales.deals WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", dealId);
        return (int)(await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"No deal {dealId}."));
    }

    /// <summary>The deals of a pipeline, counted untimed, to check the board's column counts.</summary>
    public async Task<long> CountAsync(Pipeline pipeline, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM sales.deals WHERE pipeline_id = @pipeline", connection);
        command.Parameters.AddWithValue("pipeline", pipeline.Id.Value);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    /// <summary><c>CASE WHEN column &lt; @m0 THEN 0 WHEN column &lt; @m1 THEN 1 … ELSE n END</c>: the period a row falls in.</summary>
    public static string PeriodOf(string column, string prefix, int starts) =>
        starts == 0
            ? "0"
            : $"CASE {string.Concat(Enumerable.Range(0, starts).Select(i => $"WHEN {column} < @{prefix}{i} THEN {i} "))}ELSE {starts} END";

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static void AddOwner(NpgsqlCommand command, Guid? ownerId)
    {
        if (ownerId is { } owner)
        {
            command.Parameters.AddWithValue("owner", owner);
        }
    }

    private static async Task ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
        }
    }
}

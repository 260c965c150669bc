using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of what the timed requests ask PostgreSQL: the board's grouped sums and one
/// column's first page for the largest pipeline (with and without an owner) as the host's EF Core sends them (the
/// module's own context, the LINQ of <c>GetBoardHandler</c> and <c>BoardCards</c>, through <c>ToQueryString</c>), the
/// forecast's sums for the current quarter (the bare SQL, which groups as <c>ForecastSums</c> does) and the bare move
/// (in a transaction rolled back).
/// </summary>
internal static partial class SalesPlans
{
    public static async Task<string> ExplainAsync(
        string connectionString, SalesModel model, Guid ownerId, (DateOnly From, DateOnly To) quarter, bool forecast, CancellationToken cancellationToken)
    {
        var pipeline = model.Pipelines[0];
        var stage = SalesModel.OpenStages(pipeline)[0];
        var text = new StringBuilder();
        await using (var db = SalesModel.CreateContext(connectionString))
        {
            foreach (var owner in new Guid?[] { null, ownerId })
            {
                var deals = db.Deals.AsNoTracking().Where(d => d.PipelineId == pipeline.Id);
                if (owner is { } o)
                {
                    deals = deals.Where(d => d.OwnerId == o);
                }

                var sums = deals
                    .GroupBy(d => new { d.StageId, d.Currency })
                    .Select(g => new
                    {
                        g.Key.StageId,
                        g.Key.Currency,
                        Count = g.Count(),
                        Cents = g.Sum(d => d.AmountCents ?? 0),
                        WeightedCents = g.Sum(d => (d.AmountCents ?? 0) * d.Probability),
                    });
                var page = deals.Where(d => d.StageId == stage.Id).OrderByDescending(d => d.Id).Take(21);
                var scope = owner is null ? $"\"{pipeline.Name}\"" : $"\"{pipeline.Name}\", one owner";
                await ExplainAsync(text, connectionString, $"board sums, {scope} (EF Core's SQL)", Inline(sums.ToQueryString()), [], cancellationToken);
                await ExplainAsync(text, connectionString, $"board column \"{stage.Name}\", first page, {scope} (EF Core's SQL)", Inline(page.ToQueryString()), [], cancellationToken);
            }
        }

        if (forecast)
        {
            var months = new[] { quarter.From.AddMonths(1), quarter.From.AddMonths(2) };
            await ExplainAsync(
                text,
                connectionString,
                string.Create(CultureInfo.InvariantCulture, $"forecast, open deals {quarter.From:yyyy-MM-dd}..{quarter.To:yyyy-MM-dd} (bare SQL)"),
                $"SELECT {SalesBareQueries.PeriodOf("expected_close_date", "m", 2)}, currency, forecast_category, count(*), sum(coalesce(amount_cents, 0)), "
                + "sum(coalesce(amount_cents, 0) * probability) FROM sales.deals WHERE status = 'Open' AND forecast_category <> 'Omitted' "
                + "AND expected_close_date >= @from AND expected_close_date <= @to GROUP BY 1, 2, 3",
                [("m0", NpgsqlDbType.Date, months[0]), ("m1", NpgsqlDbType.Date, months[1]), ("from", NpgsqlDbType.Date, quarter.From), ("to", NpgsqlDbType.Date, quarter.To)],
                cancellationToken);
            await ExplainAsync(
                text,
                connectionString,
                string.Create(CultureInfo.InvariantCulture, $"forecast, won deals {quarter.From:yyyy-MM-dd}..{quarter.To:yyyy-MM-dd} (bare SQL)"),
                $"SELECT {SalesBareQueries.PeriodOf("closed_at_utc", "m", 2)}, currency, count(*), sum(coalesce(amount_cents, 0)) FROM sales.deals "
                + "WHERE status = 'Won' AND closed_at_utc >= @start AND closed_at_utc < @end GROUP BY 1, 2",
                [("m0", NpgsqlDbType.TimestampTz, Utc(months[0])), ("m1", NpgsqlDbType.TimestampTz, Utc(months[1])),
                    ("start", NpgsqlDbType.TimestampTz, Utc(quarter.From)), ("end", NpgsqlDbType.TimestampTz, Utc(quarter.To.AddDays(1)))],
                cancellationToken);
        }

        return text.ToString();
    }

    /// <summary>The bare move of one open deal, explained inside a transaction that is rolled back.</summary>
    public static async Task<string> ExplainMoveAsync(string connectionString, Guid dealId, int version, Stage stage, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await ExplainAsync(
            text,
            connectionString,
            "move (bare UPDATE, rolled back)",
            "UPDATE sales.deals SET stage_id = @stage, probability = @probability, updated_at_utc = @now, stage_entered_at_utc = @now, "
            + "last_activity_at_utc = @now, version = @version + 1 WHERE id = @id AND version = @version",
            [("stage", NpgsqlDbType.Uuid, stage.Id.Value), ("probability", NpgsqlDbType.Integer, stage.Probability),
                ("now", NpgsqlDbType.TimestampTz, DateTimeOffset.UtcNow), ("version", NpgsqlDbType.Integer, version), ("id", NpgsqlDbType.Uuid, dealId)],
            cancellationToken,
            rollBack: true);
        return text.ToString();
    }

    private static async Task ExplainAsync(
        StringBuilder text, string connectionString, string title, string sql, IReadOnlyList<(string Name, NpgsqlDbType Type, object Value)> parameters,
        CancellationToken cancellationToken, bool rollBack = false)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = rollBack ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}", connection, transaction);
        foreach (var (name, type, value) in parameters)
        {
            command.Parameters.AddWithValue(name, type, value);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"-- {title}");
        text.AppendLine(Regex.Replace(sql.Trim(), @"\s*\n\s*", " "));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {reader.GetString(0)}");
            }
        }

        if (transaction is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        text.AppendLine();
    }

    /// <summary>EF Core's <c>ToQueryString</c> declares parameters as <c>-- @name='value'</c> lines: put the values in place.</summary>
    private static string Inline(string query)
    {
        var lines = query.Split('\n');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var sql = new StringBuilder();
        foreach (var line in lines)
        {
            var match = Declaration().Match(line.TrimEnd());
            if (match.Success)
            {
                values[match.Groups[1].Value] = match.Groups[2].Value;
            }
            else if (!line.StartsWith("--", StringComparison.Ordinal))
            {
                sql.Append(line).Append('\n');
            }
        }

        var result = sql.ToString();
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            result = Regex.Replace(result, Regex.Escape(name) + @"\b", $"'{value.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        return result;
    }

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [GeneratedRegex(@"^-- (@\w+)='(.*)'(?: \(.*\))?$")]
    private static partial Regex Declaration();
}

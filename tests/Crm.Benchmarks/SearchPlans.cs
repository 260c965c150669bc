using System.Globalization;
using System.Text;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the host's own SQL for a few typical queries, straight on PostgreSQL, with how many
/// contacts each text matches (a full count, for scale).
/// </summary>
internal static class SearchPlans
{
    public static async Task<string> ExplainAsync(string connectionString, string typicalFragment, string phoneDigits, string typo, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var report = new StringBuilder();
        foreach (var text in new[] { typicalFragment, "mar", phoneDigits, typo })
        {
            await AppendCountAsync(connection, report, text, cancellationToken);
        }

        report.AppendLine();
        await AppendPlanAsync(connection, report, "search contacts, names beginning with 'mar'", SearchSql.SearchContactsNamed, "mar", 10, cancellationToken);
        await AppendPlanAsync(connection, report, "search contacts, names beginning with 'ma'", SearchSql.SearchContactsNamed, "ma", 10, cancellationToken);
        await AppendPlanAsync(connection, report, $"search contacts, texts holding '{typicalFragment}'", SearchSql.SearchContactsHolding, typicalFragment, 200, cancellationToken);
        await AppendPlanAsync(connection, report, "search contacts, texts holding 'mar'", SearchSql.SearchContactsHolding, "mar", 200, cancellationToken);
        await AppendPlanAsync(connection, report, "search companies, texts holding 'mar'", SearchSql.SearchCompaniesHolding, "mar", 200, cancellationToken);
        await AppendPlanAsync(connection, report, $"search contacts, texts holding phone digits '{phoneDigits}'", SearchSql.SearchContactsHolding, phoneDigits, 200, cancellationToken);
        await AppendPlanAsync(connection, report, $"search, names' words nearest to the typo '{typo}'", SearchSql.NearestNameWords, typo, 8, cancellationToken);
        await AppendPlanAsync(connection, report, $"list contacts ?q={typicalFragment}", SearchSql.ListContacts, typicalFragment, 51, cancellationToken);
        await AppendPlanAsync(connection, report, "list contacts ?q=mar", SearchSql.ListContacts, "mar", 51, cancellationToken);
        return report.ToString();
    }

    private static async Task AppendCountAsync(NpgsqlConnection connection, StringBuilder report, string text, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, SearchSql.CountMatches, text, 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        report.Append(CultureInfo.InvariantCulture, $"contacts holding '{text}': {reader.GetInt64(0):N0}; found only by word similarity (<%): {reader.GetInt64(1):N0}");
        await reader.DisposeAsync();
        await using var candidates = Command(connection, SearchSql.CountCandidates, text, 200);
        await using var read = await candidates.ExecuteReaderAsync(cancellationToken);
        await read.ReadAsync(cancellationToken);
        report.AppendLine(CultureInfo.InvariantCulture, $"; of the {read.GetInt64(1):N0} candidates the search reads, {read.GetInt64(0):N0} hold it");
    }

    private static async Task AppendPlanAsync(
        NpgsqlConnection connection, StringBuilder report, string title, string sql, string text, int limit, CancellationToken cancellationToken)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"--- {title}");
        await using var command = Command(connection, "EXPLAIN (ANALYZE, BUFFERS) " + sql, text, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            report.AppendLine("    " + reader.GetString(0));
        }

        report.AppendLine();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string text, int limit)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("pattern", $"%{escaped}%");
        command.Parameters.AddWithValue("prefix", $"{escaped}%");
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("p", limit);
        return command;
    }
}

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
        await AppendPlanAsync(connection, report, $"search contacts, typical fragment '{typicalFragment}'", SearchSql.SearchContacts, typicalFragment, 200, cancellationToken);
        await AppendPlanAsync(connection, report, "search contacts, common fragment 'mar'", SearchSql.SearchContacts, "mar", 200, cancellationToken);
        await AppendPlanAsync(connection, report, "search companies, common fragment 'mar'", SearchSql.SearchCompanies, "mar", 200, cancellationToken);
        await AppendPlanAsync(connection, report, $"search contacts, phone digits '{phoneDigits}'", SearchSql.SearchContacts, phoneDigits, 200, cancellationToken);
        await AppendPlanAsync(connection, report, $"search contacts, typo '{typo}'", SearchSql.SearchContacts, typo, 200, cancellationToken);
        await AppendPlanAsync(connection, report, "search contacts, short prefix 'ma'", SearchSql.SearchContactsShort, "ma", 200, cancellationToken);
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

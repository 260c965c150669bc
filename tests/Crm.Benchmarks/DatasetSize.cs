using System.Globalization;
using System.Text;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>Row counts and on-disk sizes of the seeded tables and their indexes, and the server settings that matter for them.</summary>
internal static class DatasetSize
{
    private const string Sizes =
        "SELECT c.relname, c.reltuples::bigint, pg_size_pretty(pg_relation_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid)), "
        + "pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        + "WHERE n.nspname = 'contacts' AND c.relname IN ('contacts', 'companies', 'contact_companies') ORDER BY c.relname";

    private const string Indexes =
        "SELECT i.relname, pg_size_pretty(pg_relation_size(i.oid)) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        + "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        + "WHERE n.nspname = 'contacts' AND t.relname IN ('contacts', 'companies') ORDER BY i.relname";

    private const string Settings =
        "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings "
        + "WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'random_page_cost', 'pg_trgm.word_similarity_threshold', 'server_version')";

    public static async Task<string> DescribeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var text = new StringBuilder();
        await foreach (var row in RowsAsync(connection, Sizes, 5, cancellationToken))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row[0],-18} {long.Parse(row[1], CultureInfo.InvariantCulture),12:N0} rows (est.)   table {row[2],8}   indexes {row[3],8}   total {row[4],8}");
        }

        await foreach (var row in RowsAsync(connection, Indexes, 2, cancellationToken))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  index {row[0],-36} {row[1],8}");
        }

        await foreach (var row in RowsAsync(connection, Settings, 1, cancellationToken))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  settings: {row[0]}");
        }

        return text.ToString();
    }

    private static async IAsyncEnumerable<string[]> RowsAsync(
        NpgsqlConnection connection, string sql, int columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return [.. Enumerable.Range(0, columns).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!)];
        }
    }
}

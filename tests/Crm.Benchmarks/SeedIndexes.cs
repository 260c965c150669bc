using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// The secondary indexes of the seeded tables (trigram GIN, pattern B-tree, owner, company…), dropped before the bulk
/// load and rebuilt after it from their own definitions, as a bulk load into PostgreSQL is done. Primary keys stay.
/// </summary>
internal static class SeedIndexes
{
    private const string Definitions =
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'contacts' "
        + "AND tablename IN ('contacts', 'companies', 'contact_companies') AND indexname NOT LIKE 'pk\\_%' ORDER BY indexname";

    /// <summary>Drops the indexes and returns their <c>CREATE INDEX</c> statements.</summary>
    public static async Task<IReadOnlyList<string>> DropAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(Definitions, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX contacts.\"{name}\"", cancellationToken);
        }

        return [.. indexes.Select(i => i.Definition)];
    }

    public static async Task CreateAsync(NpgsqlConnection connection, IReadOnlyList<string> definitions, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'", cancellationToken);
        foreach (var definition in definitions)
        {
            await ExecuteAsync(connection, definition, cancellationToken);
        }
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Diagnostics;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// The ceiling of any import into the real table: the imported contacts, finished (every column made), written again
/// by binary COPY into an empty table with the contacts table's columns and indexes, with the import's session settings
/// and its final merge of the trigram index's pending list. What this costs beyond <see cref="RawCopy"/> is the price
/// of the indexes that search, lists and matching need, which no way of importing avoids.
/// </summary>
internal static class IndexedCopy
{
    private const string GinIndexes =
        "SELECT i.indexrelid::regclass FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
        + "WHERE i.indrelid = 'contacts.indexed_contacts'::regclass AND a.amname = 'gin'";

    /// <summary>With <paramref name="trigrams"/> false, the search text's trigram index is left out, to show its share.</summary>
    public static async Task<(TimeSpan Elapsed, long Rows)> RunAsync(string connectionString, bool trigrams, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            "DROP TABLE IF EXISTS contacts.indexed_contacts; CREATE TABLE contacts.indexed_contacts (LIKE contacts.contacts INCLUDING DEFAULTS INCLUDING INDEXES)",
            cancellationToken);
        if (!trigrams)
        {
            await ExecuteAsync(
                connection,
                "DO $$ DECLARE i regclass; BEGIN FOR i IN " + GinIndexes + " LOOP EXECUTE 'DROP INDEX ' || i; END LOOP; END $$",
                cancellationToken);
        }

        var rows = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(rows))
            await using (var export = await connection.BeginRawBinaryCopyAsync(
                "COPY (SELECT * FROM contacts.contacts WHERE import_id IS NOT NULL) TO STDOUT (FORMAT BINARY)", cancellationToken))
            {
                await export.CopyToAsync(file, cancellationToken);
            }

            var started = Stopwatch.GetTimestamp();
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                await ExecuteAsync(connection, "SET LOCAL synchronous_commit = off; SET LOCAL gin_pending_list_limit = '64MB'", cancellationToken);
                await using (var file = File.OpenRead(rows))
                await using (var import = await connection.BeginRawBinaryCopyAsync("COPY contacts.indexed_contacts FROM STDIN (FORMAT BINARY)", cancellationToken))
                {
                    await file.CopyToAsync(import, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            await ExecuteAsync(connection, $"SELECT gin_clean_pending_list(g.i) FROM ({GinIndexes}) AS g(i)", cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM contacts.indexed_contacts", connection);
            var copied = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            await ExecuteAsync(connection, "DROP TABLE contacts.indexed_contacts", cancellationToken);
            return (elapsed, copied);
        }
        finally
        {
            File.Delete(rows);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

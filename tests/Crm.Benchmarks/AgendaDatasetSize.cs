using System.Globalization;
using System.Text;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>Row counts (exact) and on-disk sizes of the agenda's tables and of each of their indexes, and per user the attendee rows (min, median, max).</summary>
internal static class AgendaDatasetSize
{
    private static readonly string[] Tables = ["appointments", "appointment_attendees", "tasks"];

    private const string Indexes =
        "SELECT t.relname, i.relname, pg_size_pretty(pg_relation_size(i.oid)) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        + "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        + "WHERE n.nspname = 'activities' AND t.relname IN ('appointments', 'appointment_attendees', 'tasks') ORDER BY t.relname, i.relname";

    private const string PerUser =
        "SELECT min(n), percentile_disc(0.5) WITHIN GROUP (ORDER BY n), max(n), min(r), percentile_disc(0.5) WITHIN GROUP (ORDER BY r), max(r) FROM "
        + "(SELECT attendee_id, count(*) AS n, count(*) FILTER (WHERE recurring) AS r FROM activities.appointment_attendees WHERE kind = 'User' AND attendee_id = ANY (@users) GROUP BY attendee_id) s";

    public static async Task<string> DescribeAsync(string connectionString, IReadOnlyList<Guid> users, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), pg_size_pretty(pg_relation_size('activities.{table}')), pg_size_pretty(pg_indexes_size('activities.{table}')), "
                + $"pg_size_pretty(pg_total_relation_size('activities.{table}')) FROM activities.{table}",
                connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {table,-22} {reader.GetInt64(0),12:N0} rows         table {reader.GetString(1),8}   indexes {reader.GetString(2),8}   total {reader.GetString(3),8}");
        }

        await using (var command = new NpgsqlCommand(Indexes, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  index {reader.GetString(1),-58} {reader.GetString(2),8}");
            }
        }

        await using (var command = new NpgsqlCommand(PerUser, connection))
        {
            command.Parameters.AddWithValue("users", users.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0))
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"  attendee rows per seeded user: min {reader.GetInt64(0):N0}, median {reader.GetInt64(1):N0}, max {reader.GetInt64(2):N0}; of which series: min {reader.GetInt64(3):N0}, median {reader.GetInt64(4):N0}, max {reader.GetInt64(5):N0}");
            }
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Text;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>Row counts (exact) and on-disk sizes of the sales tables and of every index of <c>sales.deals</c>, and the deals per pipeline and status.</summary>
internal static class SalesDatasetSize
{
    private static readonly string[] Tables = ["pipelines", "stages", "deals", "deal_contacts", "stage_visits"];

    private const string Indexes =
        "SELECT i.relname, pg_size_pretty(pg_relation_size(i.oid)) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        + "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        + "WHERE n.nspname = 'sales' AND t.relname = 'deals' ORDER BY i.relname";

    private const string PerPipeline =
        "SELECT p.name, count(*) FILTER (WHERE d.status = 'Open'), count(*) FILTER (WHERE d.status = 'Won'), count(*) FILTER (WHERE d.status = 'Lost'), "
        + "count(*) FILTER (WHERE d.currency = 'USD'), count(*) FILTER (WHERE d.currency IS NULL) "
        + "FROM sales.deals d JOIN sales.pipelines p ON p.id = d.pipeline_id GROUP BY p.name, p.position ORDER BY p.position";

    public static async Task<string> DescribeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), pg_size_pretty(pg_relation_size('sales.{table}')), pg_size_pretty(pg_indexes_size('sales.{table}')), "
                + $"pg_size_pretty(pg_total_relation_size('sales.{table}')) FROM sales.{table}",
                connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {table,-18} {reader.GetInt64(0),12:N0} rows         table {reader.GetString(1),8}   indexes {reader.GetString(2),8}   total {reader.GetString(3),8}");
        }

        await using (var command = new NpgsqlCommand(Indexes, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  index {reader.GetString(0),-44} {reader.GetString(1),8}");
            }
        }

        await using (var command = new NpgsqlCommand(PerPipeline, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"  pipeline \"{reader.GetString(0)}\": {reader.GetInt64(1):N0} open, {reader.GetInt64(2):N0} won, {reader.GetInt64(3):N0} lost; {reader.GetInt64(4):N0} in USD, {reader.GetInt64(5):N0} without an amount");
            }
        }

        return text.ToString();
    }
}

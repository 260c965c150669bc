using System.Diagnostics;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>The yardstick of the import: PostgreSQL's own COPY of the same CSV file into a bare table of text columns.</summary>
internal static class RawCopy
{
    public static async Task<TimeSpan> RunAsync(string connectionString, string csvPath, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var drop = new NpgsqlCommand(
            "DROP TABLE IF EXISTS public.raw_contacts; CREATE TABLE public.raw_contacts (first_name text, last_name text, email text, phone text, company text, city text, postal_code text)",
            connection))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        await using (var writer = await connection.BeginTextImportAsync("COPY public.raw_contacts FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true)", cancellationToken))
        using (var reader = new StreamReader(csvPath))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }
}

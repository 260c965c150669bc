using Crm.Modules.Contacts.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Modules.Contacts.Persistence.Imports;

/// <summary>
/// Writes timeline entries to PostgreSQL by binary COPY inside the context's current transaction, as EF Core writes
/// them: an import batch gives thousands of contacts an entry each, which EF would insert statement by statement.
/// </summary>
internal static class TimelineEntryCopy
{
    private const string Copy =
        "COPY contacts.timeline_entries (id, subject, subject_id, kind, detail, occurred_at_utc) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(ContactsDbContext db, IEnumerable<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(entry.Id, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(entry.Subject.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(entry.SubjectId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(entry.Kind, NpgsqlDbType.Varchar, cancellationToken);
            if (entry.Detail is null)
            {
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(entry.Detail, NpgsqlDbType.Varchar, cancellationToken);
            }

            await importer.WriteAsync(entry.OccurredAtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}

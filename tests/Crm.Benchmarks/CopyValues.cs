using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>Writes a value or NULL into the current row of a binary COPY.</summary>
internal static class CopyValues
{
    public static Task WriteTextAsync(this NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    public static Task WriteTextArrayAsync(this NpgsqlBinaryImporter importer, IEnumerable<string> values, CancellationToken cancellationToken) =>
        importer.WriteAsync(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);

    public static Task WriteTimeAsync(this NpgsqlBinaryImporter importer, DateTimeOffset? value, CancellationToken cancellationToken) =>
        value is { } time ? importer.WriteAsync(time, NpgsqlDbType.TimestampTz, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    public static Task WriteUuidAsync(this NpgsqlBinaryImporter importer, Guid? value, CancellationToken cancellationToken) =>
        value is { } id ? importer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}

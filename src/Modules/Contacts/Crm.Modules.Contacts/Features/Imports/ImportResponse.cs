using Crm.Modules.Contacts.Domain.Imports;

namespace Crm.Modules.Contacts.Features.Imports;

internal sealed record ImportCountsResponse(int Rows, int Created, int Updated, int Skipped, int Failed);

/// <summary>An import as its page shows it: the file, the mapping, where it stands, and the first rows while the file is kept.</summary>
internal sealed record ImportResponse(
    Guid Id,
    string FileName,
    long FileSize,
    string Format,
    string? Encoding,
    string? Delimiter,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ColumnMapping> Columns,
    DuplicatePolicy Policy,
    MatchKey MatchKey,
    string? MatchCustomField,
    ImportStatus Status,
    ImportCountsResponse Counts,
    string? Failure,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? StartedAtUtc,
    DateTimeOffset? FinishedAtUtc,
    DateTimeOffset? RevertedAtUtc,
    IReadOnlyList<IReadOnlyList<string>> Sample,
    int Version)
{
    public static ImportResponse From(ContactImport i, IReadOnlyList<IReadOnlyList<string>> sample) => new(
        i.Id.Value, i.FileName, i.FileSize, i.Format, i.Encoding, i.Delimiter, i.Headers, i.Columns, i.Policy, i.MatchKey, i.MatchCustomField, i.Status,
        new ImportCountsResponse(i.RowsRead, i.CreatedCount, i.UpdatedCount, i.SkippedCount, i.FailedCount),
        i.Failure, i.CreatedAtUtc, i.StartedAtUtc, i.FinishedAtUtc, i.RevertedAtUtc, sample, i.Version);
}

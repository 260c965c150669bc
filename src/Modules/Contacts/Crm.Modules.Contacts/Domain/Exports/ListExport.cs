using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Exports;

/// <summary>Who took which contacts or companies out of the CRM, when, in which format: kept here and told to the audit trail.</summary>
internal sealed class ListExport : AggregateRoot<ExportId>
{
    public const int QueryMaxLength = 200;

    private ListExport(ExportId id, RecordKind records, Guid userId, string format, string? query, int recordCount, DateTimeOffset exportedAtUtc)
        : base(id)
    {
        Records = records;
        UserId = userId;
        Format = format;
        Query = query;
        RecordCount = recordCount;
        ExportedAtUtc = exportedAtUtc;
    }

    /// <summary>What was exported: contacts or companies.</summary>
    public RecordKind Records { get; private init; }

    public Guid UserId { get; private init; }

    public string Format { get; private init; }

    /// <summary>The segment, search and filters the exported list was narrowed by, if any.</summary>
    public string? Query { get; private init; }

    /// <summary>How many contacts or companies the export held.</summary>
    public int RecordCount { get; private init; }

    public DateTimeOffset ExportedAtUtc { get; private init; }

    public static ListExport Record(RecordKind records, Guid userId, string format, string? query, int recordCount, DateTimeOffset now)
    {
        var export = new ListExport(ExportId.New(), records, userId, format, query, recordCount, now.ToStoredPrecision());
        export.Raise(records == RecordKind.Company
            ? new CompaniesExported(export.Id, userId, format, query, recordCount, export.ExportedAtUtc)
            : new ContactsExported(export.Id, userId, format, query, recordCount, export.ExportedAtUtc));
        return export;
    }
}

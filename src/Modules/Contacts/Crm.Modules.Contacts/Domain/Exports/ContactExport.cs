using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Exports;

/// <summary>Who took which contacts out of the CRM, when, in which format: kept here and told to the audit trail.</summary>
internal sealed class ContactExport : AggregateRoot<ExportId>
{
    public const int QueryMaxLength = 200;

    private ContactExport(ExportId id, Guid userId, string format, string? query, int contactCount, DateTimeOffset exportedAtUtc)
        : base(id)
    {
        UserId = userId;
        Format = format;
        Query = query;
        ContactCount = contactCount;
        ExportedAtUtc = exportedAtUtc;
    }

    public Guid UserId { get; private init; }

    public string Format { get; private init; }

    /// <summary>The search the exported list was narrowed by, if any.</summary>
    public string? Query { get; private init; }

    public int ContactCount { get; private init; }

    public DateTimeOffset ExportedAtUtc { get; private init; }

    public static ContactExport Record(Guid userId, string format, string? query, int contactCount, DateTimeOffset now)
    {
        var export = new ContactExport(ExportId.New(), userId, format, query, contactCount, now.ToStoredPrecision());
        export.Raise(new ContactsExported(export.Id, userId, format, query, contactCount, export.ExportedAtUtc));
        return export;
    }
}

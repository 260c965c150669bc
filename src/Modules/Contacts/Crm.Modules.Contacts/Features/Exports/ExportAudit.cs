using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Exports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Contacts.Features.Exports;

/// <summary>Records an export before a byte is sent: who took which records, in which format, narrowed by what, how many.</summary>
internal sealed class ExportAudit(ContactsDbContext db, ICurrentUser currentUser, TimeProvider time)
{
    public async Task RecordAsync(
        RecordKind records, ExportFormat format, string? search, IReadOnlyList<string>? filters, Guid? segmentId, int count, CancellationToken cancellationToken)
    {
        db.Exports.Add(ListExport.Record(records, currentUser.Id, format.ToString(), Describe(search, filters, segmentId), count, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What narrowed the export, as the audit trail keeps it: segment, search and filters.</summary>
    private static string? Describe(string? search, IReadOnlyList<string>? filters, Guid? segmentId)
    {
        IEnumerable<string> parts = [.. segmentId is { } s ? [$"segment={s}"] : Array.Empty<string>(), .. search is null ? [] : new[] { $"q={search}" }, .. (filters ?? []).Select(f => $"filter={f}")];
        var described = string.Join(' ', parts);
        return described.Length == 0 ? null : described.Length <= ListExport.QueryMaxLength ? described : described[..(ListExport.QueryMaxLength - 1)] + "…";
    }
}

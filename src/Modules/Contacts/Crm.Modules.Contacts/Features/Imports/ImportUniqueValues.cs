using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// Rows matched by a unique custom field that would create a contact with a value another contact holds, one the
/// importer cannot see (those they see were matched): they fail, with the rows of the file merged into them.
/// </summary>
internal sealed class ImportUniqueValues(ContactsDbContext db)
{
    public async Task<IReadOnlyList<RowDecision>> RefuseTakenAsync(
        IReadOnlyList<RowDecision> decisions, ImportSettings settings, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        if (settings.MatchKey != MatchKey.CustomField)
        {
            return decisions;
        }

        var creating = decisions.Where(IsNew).Select(d => d.Row!.Key(settings)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (creating.Count == 0)
        {
            return decisions;
        }

        var key = settings.MatchCustomField!;
        var taken = (await db.Contacts.AsNoTracking().Where(ImportMatches.HoldsOneOf(key, creating))
            .Select(CustomFieldSql.TextOf<Contact>(key)).ToListAsync(cancellationToken)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (taken.Count == 0)
        {
            return decisions;
        }

        var column = settings.Columns.First(c => c.CustomField == key).Column;
        var header = column < headers.Count ? headers[column] : key;
        return [.. decisions.Select(d => IsNew(d) && d.Row!.Key(settings) is { } value && taken.Contains(value)
            ? new RowDecision(d.Line, RowAction.Fail, d.Row, null, [new RowProblem(d.Line, header, $"'{value}' is already held by another contact, which you cannot see: it is unique.")])
            : d)];
    }

    // A created contact, or a later row of the file merged into one.
    private static bool IsNew(RowDecision decision) =>
        decision.Row is not null && (decision.Action == RowAction.Create || (decision.Action == RowAction.Update && decision.Match is null));
}

using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// Decides what each row of a batch does, the same way for a preview and for the import itself: a row whose key matches
/// a stored contact (or an earlier row of the batch) is skipped, merged into it, or created anyway, by the policy.
/// </summary>
internal static class ImportPlan
{
    public static IReadOnlyList<RowDecision> Decide(
        IEnumerable<(ImportedRow? Row, IReadOnlyList<RowProblem> Problems)> rows, ImportSettings settings, IReadOnlyDictionary<string, Contact> matches)
    {
        var decisions = new List<RowDecision>();
        var created = new Dictionary<string, RowDecision>(StringComparer.Ordinal);
        var updated = new Dictionary<Contact, ContactDetails>(ReferenceEqualityComparer.Instance);
        foreach (var (row, problems) in rows)
        {
            if (row is null)
            {
                decisions.Add(new RowDecision(problems[0].Line, RowAction.Fail, null, null, problems));
                continue;
            }

            var key = settings.Policy == DuplicatePolicy.CreateAnyway ? null : row.Key(settings);
            if (key is null)
            {
                decisions.Add(Create(row));
                continue;
            }

            if (matches.TryGetValue(key, out var match))
            {
                decisions.Add(settings.Policy == DuplicatePolicy.Skip
                    ? new RowDecision(row.Line, RowAction.Skip, row, match, [])
                    : Merge(row, match, updated));
            }
            else if (created.TryGetValue(key, out var earlier))
            {
                decisions.Add(settings.Policy == DuplicatePolicy.Skip ? new RowDecision(row.Line, RowAction.Skip, row, null, []) : MergeIntoEarlier(row, earlier));
            }
            else
            {
                var decision = Create(row);
                if (decision.Action == RowAction.Create)
                {
                    created[key] = decision;
                }

                decisions.Add(decision);
            }
        }

        return decisions;
    }

    private static RowDecision Create(ImportedRow row)
    {
        var details = row.Values.ToDetails();
        return details.IsSuccess
            ? new RowDecision(row.Line, RowAction.Create, row, null, []) { Details = details.Value }
            : Failed(row, row.NameColumn, ImportReason.Of(details.Error, null));
    }

    private static RowDecision Failed(ImportedRow row, string column, ImportReason reason) =>
        new(row.Line, RowAction.Fail, row, null, [new RowProblem(row.Line, column, reason)]);

    private static RowDecision Merge(ImportedRow row, Contact match, Dictionary<Contact, ContactDetails> updated)
    {
        var current = updated.TryGetValue(match, out var details) ? details : ImportMerge.DetailsOf(match).Value;
        var merged = ImportMerge.Into(current, row.Values);
        if (!merged.IsSuccess)
        {
            return Failed(row, string.Empty, ImportReason.Of(merged.Error, null));
        }

        updated[match] = merged.Value;
        return new RowDecision(row.Line, RowAction.Update, row, match, []) { Details = merged.Value };
    }

    private static RowDecision MergeIntoEarlier(ImportedRow row, RowDecision earlier)
    {
        var merged = ImportMerge.Into(earlier.Details!, row.Values);
        if (!merged.IsSuccess)
        {
            return Failed(row, string.Empty, ImportReason.Of(merged.Error, null));
        }

        earlier.Details = merged.Value;
        return new RowDecision(row.Line, RowAction.Update, row, null, []) { Earlier = earlier };
    }

    /// <summary>The keys the rows are matched by.</summary>
    public static IReadOnlyCollection<string> Keys(IEnumerable<ImportedRow?> rows, ImportSettings settings) =>
        settings.Policy == DuplicatePolicy.CreateAnyway
            ? []
            : rows.Select(r => r?.Key(settings)).OfType<string>().ToHashSet(StringComparer.Ordinal);
}

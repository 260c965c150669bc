using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// Keeps unique custom fields unique through an import. Rows matched by a unique field that would create a contact
/// with a value another contact holds, one the importer cannot see (those they see were matched), fail. For the other
/// unique fields the rows fill, a value goes to the first contact of the batch giving it, unless a stored contact
/// other than the one the row updates holds it already. A contact refused a value is refused whole: every row of the
/// file that makes it fails.
/// </summary>
internal sealed class ImportUniqueValues(ContactsDbContext db)
{
    public async Task<IReadOnlyList<RowDecision>> RefuseTakenAsync(
        IReadOnlyList<RowDecision> decisions, ImportSettings settings, IReadOnlyList<CustomFieldDefinition> definitions, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var checkedDecisions = await RefuseTakenKeysAsync(decisions, settings, headers, cancellationToken);
        foreach (var field in FilledUniqueFields(settings, definitions))
        {
            checkedDecisions = await RefuseRepeatedAsync(checkedDecisions, settings, field, HeaderOf(field.Key, settings, headers), cancellationToken);
        }

        return checkedDecisions;
    }

    private async Task<IReadOnlyList<RowDecision>> RefuseTakenKeysAsync(
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

        var header = HeaderOf(key, settings, headers);
        return [.. decisions.Select(d => IsNew(d) && d.Row!.Key(settings) is { } value && taken.Contains(value)
            ? Failed(d, header, new ImportReason(
                $"'{value}' is already held by another contact, which you cannot see: it is unique.",
                $"« {value} » appartient déjà à un autre contact, que vous ne voyez pas : la valeur est unique."))
            : d)];
    }

    private async Task<IReadOnlyList<RowDecision>> RefuseRepeatedAsync(
        IReadOnlyList<RowDecision> decisions, ImportSettings settings, CustomFieldDefinition field, string header, CancellationToken cancellationToken)
    {
        var giving = decisions
            .Where(d => d.Action is RowAction.Create or RowAction.Update && d.Row!.Values.CustomFields.GetValueOrDefault(field.Key) is JsonValue)
            .Select(d => (Decision: d, Value: ComparedText(field, d.Row!.Values.CustomFields[field.Key]), Target: TargetOf(d, settings)))
            .ToList();
        if (giving.Count == 0)
        {
            return decisions;
        }

        var holders = (await HoldersAsync(field, [.. giving.Select(g => g.Value).Distinct(StringComparer.Ordinal)], cancellationToken))
            .ToLookup(h => h.Value, h => h.Id, StringComparer.Ordinal);
        var owners = new Dictionary<string, (string Target, int Line)>(StringComparer.Ordinal);
        var refused = new Dictionary<string, ImportReason>(StringComparer.Ordinal);
        foreach (var (decision, value, target) in giving)
        {
            if (holders[value].Any(id => id != decision.Match?.Id))
            {
                refused.TryAdd(target, new ImportReason(
                    $"'{value}' is already held by another contact: '{field.Label}' is unique.",
                    $"« {value} » appartient déjà à un autre contact : « {field.Label} » est unique."));
            }
            else if (owners.TryGetValue(value, out var owner) && owner.Target != target)
            {
                refused.TryAdd(target, new ImportReason(
                    $"'{value}' is given to another contact on line {owner.Line}: '{field.Label}' is unique.",
                    $"« {value} » est donné à un autre contact ligne {owner.Line} : « {field.Label} » est unique."));
            }
            else
            {
                owners.TryAdd(value, (target, decision.Line));
            }
        }

        return refused.Count == 0
            ? decisions
            : [.. decisions.Select(d => d.Row is not null && d.Action != RowAction.Fail && refused.TryGetValue(TargetOf(d, settings), out var reason) ? Failed(d, header, reason) : d)];
    }

    /// <summary>The contacts holding one of <paramref name="values"/> (in the form <see cref="ComparedText"/> gives), with the value each holds.</summary>
    private async Task<List<Holder>> HoldersAsync(CustomFieldDefinition field, List<string> values, CancellationToken cancellationToken)
    {
        if (field.Type != CustomFieldType.Number)
        {
            return [.. (await db.Contacts.AsNoTracking().Where(ImportMatches.HoldsOneOf(field.Key, values)).Select(HolderOf(CustomFieldSql.TextOf<Contact>(field.Key))).ToListAsync(cancellationToken))
                .Select(h => new Holder(h.Id, h.Value!))];
        }

        var number = CustomFieldSql.NumberOf<Contact>(field.Key);
        List<double?> numbers = [.. values.Select(v => (double?)double.Parse(v, CultureInfo.InvariantCulture))];
        return [.. (await db.Contacts.AsNoTracking().Where(ImportMatches.HoldsOneOf(number, numbers)).Select(HolderOf(number)).ToListAsync(cancellationToken))
            .Select(h => new Holder(h.Id, Shortest((decimal)h.Value!.Value)))];
    }

    private static Expression<Func<Contact, Held<TValue>>> HolderOf<TValue>(Expression<Func<Contact, TValue>> value)
    {
        var contact = value.Parameters[0];
        var holder = Expression.New(typeof(Held<TValue>).GetConstructors()[0], Expression.Property(contact, nameof(Contact.Id)), value.Body);
        return Expression.Lambda<Func<Contact, Held<TValue>>>(holder, contact);
    }

    /// <summary>A value as the batch compares it: a text as it is, a number in its shortest form (12.50 is 12.5).</summary>
    private static string ComparedText(CustomFieldDefinition field, JsonNode value) =>
        field.Type == CustomFieldType.Number ? Shortest(value.GetValue<decimal>()) : value.GetValue<string>();

    private static string Shortest(decimal number) => (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>The unique custom fields the rows fill, the match key aside.</summary>
    private static IEnumerable<CustomFieldDefinition> FilledUniqueFields(ImportSettings settings, IReadOnlyList<CustomFieldDefinition> definitions) =>
        settings.Columns
            .Where(c => c.Field == ImportField.CustomField && !(settings.MatchKey == MatchKey.CustomField && c.CustomField == settings.MatchCustomField))
            .Select(c => definitions.FirstOrDefault(d => d.Key == c.CustomField))
            .OfType<CustomFieldDefinition>()
            .Where(d => d.IsUnique)
            .DistinctBy(d => d.Key);

    /// <summary>The contact a row makes: the stored one it updates, or the one its key (or else its line) creates.</summary>
    private static string TargetOf(RowDecision decision, ImportSettings settings) =>
        decision.Match is { } match ? $"contact {match.Id.Value}"
        : settings.Policy != DuplicatePolicy.CreateAnyway && decision.Row!.Key(settings) is { } key ? $"key {key}"
        : $"line {decision.Line}";

    private static string HeaderOf(string key, ImportSettings settings, IReadOnlyList<string> headers)
    {
        var column = settings.Columns.First(c => c.CustomField == key).Column;
        return column < headers.Count ? headers[column] : key;
    }

    private static RowDecision Failed(RowDecision decision, string header, ImportReason reason) =>
        new(decision.Line, RowAction.Fail, decision.Row, null, [new RowProblem(decision.Line, header, reason)]);

    private sealed record Held<TValue>(ContactId Id, TValue Value);

    private sealed record Holder(ContactId Id, string Value);

    // A created contact, or a later row of the file merged into one.
    private static bool IsNew(RowDecision decision) =>
        decision.Row is not null && (decision.Action == RowAction.Create || (decision.Action == RowAction.Update && decision.Match is null));
}

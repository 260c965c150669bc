using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.CustomFields;

/// <summary>
/// Checks the values of unique fields against every record of the entity, seen by the caller or not (a value someone
/// else's record holds is taken all the same), merged-away contacts aside.
/// </summary>
internal sealed class CustomFieldUniqueness(ContactsDbContext db)
{
    public async Task<Result> CheckContactAsync(ContactId? self, CustomFieldValues before, CustomFieldValues after, IReadOnlyList<CustomFieldDefinition> definitions, CancellationToken cancellationToken)
    {
        foreach (var field in ChangedUniqueFields(before, after, definitions))
        {
            var others = db.Contacts.AsNoTracking();
            if (self is { } id)
            {
                others = others.Where(c => c.Id != id);
            }

            if (await AnyHoldsAsync(others, field, after.Get(field.Key)!, cancellationToken))
            {
                return CustomFieldErrors.NotUnique(field, "contact");
            }
        }

        return Result.Success();
    }

    public async Task<Result> CheckCompanyAsync(CompanyId? self, CustomFieldValues before, CustomFieldValues after, IReadOnlyList<CustomFieldDefinition> definitions, CancellationToken cancellationToken)
    {
        foreach (var field in ChangedUniqueFields(before, after, definitions))
        {
            var others = db.Companies.AsNoTracking();
            if (self is { } id)
            {
                others = others.Where(c => c.Id != id);
            }

            if (await AnyHoldsAsync(others, field, after.Get(field.Key)!, cancellationToken))
            {
                return CustomFieldErrors.NotUnique(field, "company");
            }
        }

        return Result.Success();
    }

    /// <summary>Whether two records of <paramref name="records"/> hold the same value of <paramref name="field"/>.</summary>
    public static Task<bool> HasDuplicatesAsync<T>(IQueryable<T> records, CustomFieldDefinition field, CancellationToken cancellationToken)
        where T : class =>
        field.Type == CustomFieldType.Number
            ? records.Select(CustomFieldSql.NumberOf<T>(field.Key)).Where(v => v != null).GroupBy(v => v).AnyAsync(g => g.Count() > 1, cancellationToken)
            : records.Select(CustomFieldSql.TextOf<T>(field.Key)).Where(v => v != null).GroupBy(v => v).AnyAsync(g => g.Count() > 1, cancellationToken);

    private static IEnumerable<CustomFieldDefinition> ChangedUniqueFields(CustomFieldValues before, CustomFieldValues after, IReadOnlyList<CustomFieldDefinition> definitions)
    {
        var changed = before.ChangedKeys(after).ToHashSet(StringComparer.Ordinal);
        return definitions.Where(d => d.IsUnique && changed.Contains(d.Key) && after.Has(d.Key));
    }

    /// <summary>
    /// The records of <paramref name="records"/> holding <paramref name="value"/> in <paramref name="field"/>. On
    /// PostgreSQL they are found first by JSON containment, which the custom fields' GIN index serves (a million
    /// contacts are not read for each save); the field's own condition keeps the right ones.
    /// </summary>
    public IQueryable<T> Holding<T>(IQueryable<T> records, CustomFieldDefinition field, JsonNode value)
        where T : class
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var json = new JsonObject { [field.Key] = value.DeepClone() }.ToJsonString();
            // The index holds only records with custom fields (CustomFieldColumns.FilledFilter): saying so lets PostgreSQL use it.
            records = records.Where(r => EF.Property<string>(r, CustomFieldColumns.Property) != "{}"
                && EF.Functions.JsonContains(EF.Property<string>(r, CustomFieldColumns.Property), EF.Constant(json)));
        }

        if (field.Type == CustomFieldType.Number)
        {
            var number = (double)value.GetValue<decimal>();
            return records.Where(FilterFields.Bind(CustomFieldSql.NumberOf<T>(field.Key), v => v == number));
        }

        var text = value.GetValue<string>();
        return records.Where(FilterFields.Bind(CustomFieldSql.TextOf<T>(field.Key), v => v == text));
    }

    private Task<bool> AnyHoldsAsync<T>(IQueryable<T> records, CustomFieldDefinition field, JsonNode value, CancellationToken cancellationToken)
        where T : class => Holding(records, field, value).AnyAsync(cancellationToken);
}

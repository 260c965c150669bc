using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Shared.Infrastructure.CustomFields;

/// <summary>
/// The filter on one custom field of a kind of record, named <c>cf.&lt;key&gt;</c>, of the kind its type calls
/// for: numbers compare as numbers, dates as <c>yyyy-MM-dd</c> text, options by key or label.
/// </summary>
public static class CustomFieldFilters
{
    public const string Prefix = "cf.";

    public static FilterField<T> For<T>(CustomFieldDefinition field, DatabaseProvider provider)
    {
        var name = Prefix + field.Key;
        var text = CustomFieldSql.TextOf<T>(field.Key);
        return field.Type switch
        {
            CustomFieldType.Number or CustomFieldType.Money => FilterFields.Number(name, CustomFieldSql.NumberOf<T>(field.Key)),
            CustomFieldType.Bool => Contained(
                FilterFields.Flag(name, CustomFieldSql.FlagOf<T>(field.Key)), field.Key, provider, typed => bool.TryParse(typed, out var flag) ? JsonValue.Create(flag) : null),
            CustomFieldType.Date => FilterFields.Date(name, text),
            CustomFieldType.MultiSelect => FilterFields.Options(name, text, typed => OptionKey(field, typed)),
            CustomFieldType.SingleSelect => Contained(
                new FilterField<T>(name, "choice", c => FilterFields.Text(name, text).Where(c with { Values = [.. c.Values.Select(v => OptionKey(field, v) ?? v)] })),
                field.Key,
                provider,
                typed => OptionKey(field, typed) is { } option ? JsonValue.Create(option) : null),
            _ => FilterFields.Text(name, text),
        };
    }

    /// <summary>The key of the option <paramref name="typed"/> names, by key or by label (any case).</summary>
    public static string? OptionKey(CustomFieldDefinition field, string typed) =>
        (field.Options.FirstOrDefault(o => o.Key == typed) ?? field.Options.FirstOrDefault(o => string.Equals(o.Label, typed.Trim(), StringComparison.OrdinalIgnoreCase)))?.Key;

    /// <summary>
    /// On PostgreSQL, <paramref name="field"/> compared for equality is also narrowed by JSON containment
    /// (<c>custom_fields @&gt; '{"key": value}'</c>), which the column's GIN index serves; the field's own condition keeps
    /// the right rows. The JSON goes into the SQL as a constant, as the search patterns do.
    /// </summary>
    private static FilterField<T> Contained<T>(FilterField<T> field, string key, DatabaseProvider provider, Func<string, JsonNode?> stored)
    {
        if (provider != DatabaseProvider.Postgres)
        {
            return field;
        }

        return new(field.Name, field.Kind, c =>
        {
            var where = field.Where(c);
            var values = c.Values.Select(v => stored(v.Trim())).ToList();
            if (!where.IsSuccess || c.Operator is not (FilterOperator.Eq or FilterOperator.In) || values.Count == 0 || values.Any(v => v is null))
            {
                return where;
            }

            var contained = values
                .Select(v => new JsonObject { [key] = v }.ToJsonString())
                .Select(json => (Expression<Func<T, bool>>)(r => EF.Functions.JsonContains(EF.Property<string>(r!, CustomFieldColumns.Property), EF.Constant(json))))
                .Aggregate(FilterFields.Or);
            // The index holds only records with custom fields (CustomFieldColumns.FilledFilter): saying so lets PostgreSQL use it.
            Expression<Func<T, bool>> filled = r => EF.Property<string>(r!, CustomFieldColumns.Property) != "{}";
            return FilterFields.And(FilterFields.And(filled, contained), where.Value);
        });
    }
}

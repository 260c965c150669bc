using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.CustomFields;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// What a contact list can be filtered and sorted by: the contact's own fields, and its custom fields as
/// <c>cf.&lt;key&gt;</c> (retired ones included, so saved filters keep working).
/// </summary>
internal sealed class ContactListFields
{
    public const string CustomPrefix = "cf.";
    public const string DefaultSort = "createdAt";

    // Where contacts without a number sort: below any amount a person types, and exact in text and in every database.
    private const double NoNumber = -1e300;

    private readonly Dictionary<string, FilterField<Contact>> _filters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortField> _sorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CustomFieldDefinition> _selects = new(StringComparer.OrdinalIgnoreCase);

    public ContactListFields(IReadOnlyList<CustomFieldDefinition> customFields)
    {
        AddFilter(FilterFields.Text<Contact>("firstName", c => c.FirstName));
        AddFilter(FilterFields.Text<Contact>("lastName", c => c.LastName));
        AddFilter(FilterFields.Text<Contact>("jobTitle", c => c.JobTitle));
        AddFilter(FilterFields.Text<Contact>("email", c => EF.Property<string?>(c, MatchColumns.Email)));
        AddFilter(FilterFields.Text<Contact>("phone", c => EF.Property<string?>(c, MatchColumns.Phone)));
        AddFilter(FilterFields.Text<Contact>("source", c => c.Source));
        AddFilter(FilterFields.Text<Contact>("city", c => c.Address.City));
        AddFilter(FilterFields.Text<Contact>("postalCode", c => c.Address.PostalCode));
        AddFilter(FilterFields.Text<Contact>("countryCode", c => c.Address.CountryCode));
        AddFilter(FilterFields.Text<Contact>("externalId", c => c.ExternalId));
        AddFilter(FilterFields.Choice<Contact, LifecycleStage>("lifecycleStage", c => c.LifecycleStage));
        AddFilter(FilterFields.Id<Contact>("ownerId", c => c.OwnerId));
        AddFilter(CompanyFilter());
        AddFilter(FilterFields.Tags<Contact>("tags", c => EF.Property<List<string>>(c, ContactFields.Tags)));
        AddFilter(FilterFields.Instant<Contact>("createdAt", c => c.CreatedAtUtc));
        AddFilter(FilterFields.Instant<Contact>("updatedAt", c => c.UpdatedAtUtc));

        AddSort(new TextSort("firstName", c => c.FirstName, c => c.FirstName));
        AddSort(new TextSort("lastName", c => c.LastName, c => c.LastName));
        AddSort(new TextSort("jobTitle", c => c.JobTitle ?? string.Empty, c => c.JobTitle ?? string.Empty));
        AddSort(new TextSort("email", c => EF.Property<string?>(c, MatchColumns.Email) ?? string.Empty, c => MatchColumns.EmailOf(c) ?? string.Empty));
        AddSort(new TextSort("city", c => c.Address.City ?? string.Empty, c => c.Address.City ?? string.Empty));
        AddSort(new TextSort("postalCode", c => c.Address.PostalCode ?? string.Empty, c => c.Address.PostalCode ?? string.Empty));
        AddSort(new TextSort("source", c => c.Source ?? string.Empty, c => c.Source ?? string.Empty));
        AddSort(new CreationSort("createdAt"));
        AddSort(new InstantSort("updatedAt", c => c.UpdatedAtUtc ?? c.CreatedAtUtc, c => c.UpdatedAtUtc ?? c.CreatedAtUtc));

        foreach (var field in customFields)
        {
            AddCustom(field);
        }
    }

    public IEnumerable<FilterField<Contact>> Filters => _filters.Values;

    public IEnumerable<string> Sorts => _sorts.Keys;

    /// <summary>The contacts meeting every condition.</summary>
    public Result<IQueryable<Contact>> Apply(IQueryable<Contact> contacts, IReadOnlyList<FilterCondition> conditions)
    {
        foreach (var condition in conditions)
        {
            if (!_filters.TryGetValue(condition.Field, out var field))
            {
                return Error.Validation("filter.field_unknown", $"Contacts cannot be filtered on '{condition.Field}': use {string.Join(", ", _filters.Keys.Where(k => !k.StartsWith(CustomPrefix, StringComparison.Ordinal)))} or cf.<custom field key>.");
            }

            var predicate = field.Where(condition);
            if (!predicate.IsSuccess)
            {
                return predicate.Error;
            }

            contacts = contacts.Where(predicate.Value);
        }

        return Result<IQueryable<Contact>>.Success(contacts);
    }

    /// <summary>
    /// The condition as it is kept: options named by their key rather than their label, so that a saved filter still means
    /// the same options after they are relabelled.
    /// </summary>
    public FilterCondition Canonical(FilterCondition condition) =>
        _selects.TryGetValue(condition.Field, out var field) ? condition with { Values = [.. condition.Values.Select(v => OptionKey(field, v) ?? v)] } : condition;

    /// <summary>The sort named by <c>?sort=</c>: a field, or a field after a minus sign for the reverse order.</summary>
    public Result<(SortField Field, bool Descending)> Sort(string? sort)
    {
        var name = string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort.Trim();
        var descending = name.StartsWith('-');
        return _sorts.TryGetValue(descending ? name[1..] : name, out var field)
            ? (field, descending)
            : Error.Validation("sort.field_unknown", $"Contacts cannot be sorted by '{sort}': use {string.Join(", ", _sorts.Keys)}, with a leading minus for the reverse order.");
    }

    private void AddFilter(FilterField<Contact> field) => _filters[field.Name] = field;

    private void AddSort(SortField field) => _sorts[field.Name] = field;

    private void AddCustom(CustomFieldDefinition field)
    {
        var name = CustomPrefix + field.Key;
        var text = CustomFieldSql.TextOf<Contact>(field.Key);
        if (field.HasOptions)
        {
            _selects[name] = field;
        }

        switch (field.Type)
        {
            case CustomFieldType.Number or CustomFieldType.Money:
                AddFilter(FilterFields.Number(name, CustomFieldSql.NumberOf<Contact>(field.Key)));
                AddSort(new NumberSort(name, Coalesce(CustomFieldSql.NumberOf<Contact>(field.Key), NoNumber), c => c.CustomFields.Get(field.Key) is JsonValue v ? double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : NoNumber));
                break;
            case CustomFieldType.Bool:
                AddFilter(FilterFields.Flag(name, CustomFieldSql.FlagOf<Contact>(field.Key)));
                break;
            case CustomFieldType.Date:
                AddFilter(FilterFields.Date(name, text));
                AddSort(new TextSort(name, Coalesce(text, string.Empty), c => TextOf(c, field.Key)));
                break;
            case CustomFieldType.MultiSelect:
                AddFilter(FilterFields.Options(name, text, typed => OptionKey(field, typed)));
                break;
            case CustomFieldType.SingleSelect:
                AddFilter(new FilterField<Contact>(name, "choice", c => FilterFields.Text(name, text).Where(c with { Values = [.. c.Values.Select(v => OptionKey(field, v) ?? v)] })));
                AddSort(new TextSort(name, Coalesce(text, string.Empty), c => TextOf(c, field.Key)));
                break;
            case CustomFieldType.LongText:
                AddFilter(FilterFields.Text(name, text));
                break;
            default:
                AddFilter(FilterFields.Text(name, text));
                AddSort(new TextSort(name, Coalesce(text, string.Empty), c => TextOf(c, field.Key)));
                break;
        }
    }

    /// <summary>The companies a contact works for: eq or in, one of them; isEmpty, none.</summary>
    private static FilterField<Contact> CompanyFilter() => new("companyId", "id", c =>
    {
        var ids = new List<CompanyId>();
        foreach (var value in c.Values)
        {
            if (!Guid.TryParse(value, out var id))
            {
                return Error.Validation("filter.invalid", $"'{value}' is not a company id.");
            }

            ids.Add(new CompanyId(id));
        }

        return c.Operator switch
        {
            FilterOperator.Eq or FilterOperator.In => Result<Expression<Func<Contact, bool>>>.Success(x => x.Companies.Any(l => ids.Contains(l.CompanyId))),
            FilterOperator.Neq => Result<Expression<Func<Contact, bool>>>.Success(x => !x.Companies.Any(l => ids.Contains(l.CompanyId))),
            FilterOperator.IsEmpty => Result<Expression<Func<Contact, bool>>>.Success(x => !x.Companies.Any()),
            FilterOperator.IsNotEmpty => Result<Expression<Func<Contact, bool>>>.Success(x => x.Companies.Any()),
            _ => Error.Validation("filter.operator_not_supported", $"companyId cannot be filtered with {c.Operator.ToString().ToLowerInvariant()}."),
        };
    });

    private static string TextOf(Contact contact, string key) => contact.CustomFields.Get(key) is JsonValue v ? v.GetValue<string>() : string.Empty;

    private static string? OptionKey(CustomFieldDefinition field, string typed) =>
        (field.Options.FirstOrDefault(o => o.Key == typed) ?? field.Options.FirstOrDefault(o => string.Equals(o.Label, typed.Trim(), StringComparison.OrdinalIgnoreCase)))?.Key;

    private static Expression<Func<Contact, TValue>> Coalesce<TValue>(Expression<Func<Contact, TValue?>> value, TValue fallback)
        where TValue : struct =>
        Expression.Lambda<Func<Contact, TValue>>(Expression.Coalesce(value.Body, Expression.Constant(fallback)), value.Parameters);

    private static Expression<Func<Contact, string>> Coalesce(Expression<Func<Contact, string?>> value, string fallback) =>
        Expression.Lambda<Func<Contact, string>>(Expression.Coalesce(value.Body, Expression.Constant(fallback)), value.Parameters);
}

using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// What a list of <typeparamref name="T"/> can be filtered and sorted by: the record's own fields, given by the list,
/// and its custom fields as <c>cf.&lt;key&gt;</c> (retired ones included, so saved filters keep working).
/// </summary>
internal abstract class ListFields<T, TId>
    where T : Entity<TId>
    where TId : struct, IComparable<TId>, ITypedId
{
    public const string CustomPrefix = CustomFieldFilters.Prefix;
    public const string DefaultSort = "createdAt";

    // Where records without a number sort: below any amount a person types, and exact in text and in every database.
    private const double NoNumber = -1e300;

    private readonly Dictionary<string, FilterField<T>> _filters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortField<T, TId>> _sorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CustomFieldDefinition> _selects = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _records;
    private readonly Func<T, CustomFieldValues> _customFieldsOf;
    private readonly Func<Guid, TId> _idOf;
    private readonly DatabaseProvider _provider;

    /// <param name="records">What the list holds, in plural, for messages: "Contacts", "Companies".</param>
    /// <param name="customFieldsOf">A record's custom field values, read in memory for the next cursor.</param>
    /// <param name="idOf">The record's id from a cursor's.</param>
    /// <param name="provider">The database the filters run on: PostgreSQL's can use the custom fields' GIN index.</param>
    protected ListFields(string records, Func<T, CustomFieldValues> customFieldsOf, Func<Guid, TId> idOf, DatabaseProvider provider)
    {
        _records = records;
        _customFieldsOf = customFieldsOf;
        _idOf = idOf;
        _provider = provider;
    }

    public IEnumerable<FilterField<T>> Filters => _filters.Values;

    public IEnumerable<string> Sorts => _sorts.Keys;

    public TId IdOf(Guid value) => _idOf(value);

    /// <summary>The page asked for by <c>?limit=&amp;cursor=&amp;sort=</c>, checked before anything is read.</summary>
    public Result<SortedPageRequest<T, TId>> Page(int? limit, string? cursor, string? sort) => SortedPageRequest<T, TId>.Read(this, limit, cursor, sort);

    /// <summary>The records meeting every condition.</summary>
    public Result<IQueryable<T>> Apply(IQueryable<T> records, IReadOnlyList<FilterCondition> conditions)
    {
        foreach (var condition in conditions)
        {
            if (!_filters.TryGetValue(condition.Field, out var field))
            {
                return Error.Validation("filter.field_unknown", $"{_records} cannot be filtered on '{condition.Field}': use {string.Join(", ", _filters.Keys.Where(k => !k.StartsWith(CustomPrefix, StringComparison.Ordinal)))} or cf.<custom field key>.");
            }

            var predicate = field.Where(condition);
            if (!predicate.IsSuccess)
            {
                return predicate.Error;
            }

            records = records.Where(predicate.Value);
        }

        return Result<IQueryable<T>>.Success(records);
    }

    /// <summary>
    /// The condition as it is kept: options named by their key rather than their label, so that a saved filter still means
    /// the same options after they are relabelled.
    /// </summary>
    public FilterCondition Canonical(FilterCondition condition) =>
        _selects.TryGetValue(condition.Field, out var field) ? condition with { Values = [.. condition.Values.Select(v => CustomFieldFilters.OptionKey(field, v) ?? v)] } : condition;

    /// <summary>The sort named by <c>?sort=</c>: a field, or a field after a minus sign for the reverse order.</summary>
    public Result<(SortField<T, TId> Field, bool Descending)> Sort(string? sort)
    {
        var name = string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort.Trim();
        var descending = name.StartsWith('-');
        return _sorts.TryGetValue(descending ? name[1..] : name, out var field)
            ? (field, descending)
            : Error.Validation("sort.field_unknown", $"{_records} cannot be sorted by '{sort}': use {string.Join(", ", _sorts.Keys)}, with a leading minus for the reverse order.");
    }

    protected void AddFilter(FilterField<T> field) => _filters[field.Name] = field;

    protected void AddSort(SortField<T, TId> field) => _sorts[field.Name] = field;

    /// <summary>A text sort on a column that may be empty: records without a value sort first, as the empty text.</summary>
    protected void AddTextSort(string name, Expression<Func<T, string?>> column, Func<T, string?> read) =>
        AddSort(new TextSort<T, TId>(name, Coalesce(column, string.Empty), r => read(r) ?? string.Empty));

    protected void AddCustomFields(IEnumerable<CustomFieldDefinition> customFields)
    {
        foreach (var field in customFields)
        {
            AddCustom(field);
        }
    }

    private void AddCustom(CustomFieldDefinition field)
    {
        var name = CustomPrefix + field.Key;
        var text = CustomFieldSql.TextOf<T>(field.Key);
        if (field.HasOptions)
        {
            _selects[name] = field;
        }

        AddFilter(CustomFieldFilters.For<T>(field, _provider));
        switch (field.Type)
        {
            case CustomFieldType.Number or CustomFieldType.Money:
                AddSort(new NumberSort<T, TId>(name, Coalesce(CustomFieldSql.NumberOf<T>(field.Key), NoNumber), r => _customFieldsOf(r).Get(field.Key) is JsonValue v ? double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : NoNumber));
                break;
            case CustomFieldType.Date or CustomFieldType.SingleSelect or CustomFieldType.Text or CustomFieldType.Email or CustomFieldType.Phone or CustomFieldType.Url:
                AddSort(new TextSort<T, TId>(name, Coalesce(text, string.Empty), r => TextOf(r, field.Key)));
                break;
        }
    }

    private string TextOf(T record, string key) => _customFieldsOf(record).Get(key) is JsonValue v ? v.GetValue<string>() : string.Empty;

    private static Expression<Func<T, TValue>> Coalesce<TValue>(Expression<Func<T, TValue?>> value, TValue fallback)
        where TValue : struct =>
        Expression.Lambda<Func<T, TValue>>(Expression.Coalesce(value.Body, Expression.Constant(fallback)), value.Parameters);

    private static Expression<Func<T, string>> Coalesce(Expression<Func<T, string?>> value, string fallback) =>
        Expression.Lambda<Func<T, string>>(Expression.Coalesce(value.Body, Expression.Constant(fallback)), value.Parameters);
}

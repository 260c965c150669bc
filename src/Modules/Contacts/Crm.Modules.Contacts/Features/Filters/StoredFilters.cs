using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>Filters kept with a segment or a saved view: read from the list's form (<c>field:operator:value</c>) and checked as a list checks them, and given back in it.</summary>
internal sealed class StoredFilters(ContactSelection selection, ContactsDbContext db)
{
    public async Task<Result<IReadOnlyList<StoredFilter>>> ReadAsync(IReadOnlyList<string>? filters, CancellationToken cancellationToken)
    {
        var conditions = FilterSyntax.Parse(filters);
        if (!conditions.IsSuccess)
        {
            return conditions.Error;
        }

        var fields = await selection.FieldsAsync(cancellationToken);
        var check = fields.Apply(db.Contacts, conditions.Value);
        if (!check.IsSuccess)
        {
            return check.Error;
        }

        return conditions.Value.Select(fields.Canonical).Select(c => new StoredFilter(c.Field, c.Operator.ToString(), [.. c.Values])).ToList();
    }

    public static FilterCondition ToCondition(StoredFilter filter) => new(filter.Field, Enum.Parse<FilterOperator>(filter.Operator), filter.Values);

    public static IReadOnlyList<string> Format(IEnumerable<StoredFilter> filters) => [.. filters.Select(f => FilterSyntax.Format(ToCondition(f)))];
}

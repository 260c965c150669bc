using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>Filters kept with a segment, a saved view or a bulk action: read from the list's form (<c>field:operator:value</c>) and checked as the contact or company list checks them, and given back in it.</summary>
internal sealed class StoredFilters(ContactSelection contacts, CompanySelection companies, ContactsDbContext db)
{
    public Task<Result<IReadOnlyList<StoredFilter>>> ReadAsync(IReadOnlyList<string>? filters, CancellationToken cancellationToken) =>
        ReadAsync(RecordKind.Contact, filters, cancellationToken);

    public async Task<Result<IReadOnlyList<StoredFilter>>> ReadAsync(RecordKind records, IReadOnlyList<string>? filters, CancellationToken cancellationToken)
    {
        var conditions = FilterSyntax.Parse(filters);
        if (!conditions.IsSuccess)
        {
            return conditions.Error;
        }

        Func<FilterCondition, FilterCondition> canonical;
        if (records == RecordKind.Company)
        {
            var fields = await companies.FieldsAsync(cancellationToken);
            var check = fields.Apply(db.Companies, conditions.Value);
            if (!check.IsSuccess)
            {
                return check.Error;
            }

            canonical = fields.Canonical;
        }
        else
        {
            var fields = await contacts.FieldsAsync(cancellationToken);
            var check = fields.Apply(db.Contacts, conditions.Value);
            if (!check.IsSuccess)
            {
                return check.Error;
            }

            canonical = fields.Canonical;
        }

        return conditions.Value.Select(canonical).Select(c => new StoredFilter(c.Field, c.Operator.ToString(), [.. c.Values])).ToList();
    }

    public static FilterCondition ToCondition(StoredFilter filter) => new(filter.Field, Enum.Parse<FilterOperator>(filter.Operator), filter.Values);

    public static IReadOnlyList<string> Format(IEnumerable<StoredFilter> filters) => [.. filters.Select(f => FilterSyntax.Format(ToCondition(f)))];
}

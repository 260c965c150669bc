using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Segments;

/// <summary>A dynamic segment's filters as given (<c>field:operator:value</c>), checked the way a list checks them.</summary>
internal sealed class SegmentFilters(ContactSelection selection, ContactsDbContext db)
{
    public async Task<Result<IReadOnlyList<SegmentFilter>>> ReadAsync(IReadOnlyList<string>? filters, CancellationToken cancellationToken)
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

        return conditions.Value.Select(c => new SegmentFilter(c.Field, c.Operator.ToString(), [.. c.Values])).ToList();
    }
}

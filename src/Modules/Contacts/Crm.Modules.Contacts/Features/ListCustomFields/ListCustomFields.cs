using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel.CustomFields;
using Mediator;

namespace Crm.Modules.Contacts.Features.ListCustomFields;

/// <summary>The custom fields of a kind of record in the order forms show them, retired ones only when asked.</summary>
internal sealed record ListCustomFields(CustomFieldEntity Entity, bool IncludeRetired) : IQuery<IReadOnlyList<CustomFieldResponse>>;

internal sealed class ListCustomFieldsHandler(CustomFieldCatalog catalog) : IQueryHandler<ListCustomFields, IReadOnlyList<CustomFieldResponse>>
{
    public async ValueTask<IReadOnlyList<CustomFieldResponse>> Handle(ListCustomFields query, CancellationToken cancellationToken)
    {
        var fields = await catalog.ForAsync(query.Entity, cancellationToken);
        return [.. fields.Where(f => query.IncludeRetired || !f.IsRetired).Select(CustomFieldResponse.From)];
    }
}

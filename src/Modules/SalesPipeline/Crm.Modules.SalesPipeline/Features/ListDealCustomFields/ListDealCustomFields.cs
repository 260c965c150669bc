using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Shared.Infrastructure.CustomFields;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.ListDealCustomFields;

/// <summary>The deal custom fields in the order forms show them, retired ones only when asked.</summary>
internal sealed record ListDealCustomFields(bool IncludeRetired) : IQuery<IReadOnlyList<CustomFieldResponse>>;

internal sealed class ListDealCustomFieldsHandler(DealCustomFieldCatalog catalog) : IQueryHandler<ListDealCustomFields, IReadOnlyList<CustomFieldResponse>>
{
    public async ValueTask<IReadOnlyList<CustomFieldResponse>> Handle(ListDealCustomFields query, CancellationToken cancellationToken)
    {
        var fields = await catalog.ReadAsync(cancellationToken);
        return [.. fields.Where(f => query.IncludeRetired || !f.IsRetired).Select(CustomFieldResponse.From)];
    }
}

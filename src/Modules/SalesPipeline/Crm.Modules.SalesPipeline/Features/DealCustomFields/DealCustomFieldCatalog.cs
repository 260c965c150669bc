using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.DealCustomFields;

/// <summary>The deal custom field definitions, retired ones included, in form order, read once per request.</summary>
internal sealed class DealCustomFieldCatalog(SalesDbContext db)
{
    private IReadOnlyList<CustomFieldDefinition>? _read;

    public async Task<IReadOnlyList<CustomFieldDefinition>> ReadAsync(CancellationToken cancellationToken) =>
        _read ??= await db.DealCustomFields.AsNoTracking().Where(f => f.Entity == CustomFieldEntity.Deal)
            .OrderBy(f => f.Position).ThenBy(f => f.Label).ToListAsync(cancellationToken);
}

using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.CustomFields;

/// <summary>The custom field definitions of a kind of record, retired ones included, read once per request.</summary>
internal sealed class CustomFieldCatalog(ContactsDbContext db)
{
    private readonly Dictionary<CustomFieldEntity, IReadOnlyList<CustomFieldDefinition>> _read = [];

    public async Task<IReadOnlyList<CustomFieldDefinition>> ForAsync(CustomFieldEntity entity, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(entity, out var definitions))
        {
            definitions = await db.CustomFields.AsNoTracking().Where(f => f.Entity == entity)
                .OrderBy(f => f.Position).ThenBy(f => f.Label).ToListAsync(cancellationToken);
            _read[entity] = definitions;
        }

        return definitions;
    }
}

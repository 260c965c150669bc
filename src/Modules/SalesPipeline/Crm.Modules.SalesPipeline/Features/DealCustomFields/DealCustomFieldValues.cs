using System.Text.Json;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.SalesPipeline.Features.DealCustomFields;

/// <summary>
/// The custom field values a deal will hold after a change from the API: the given keys checked and set over the stored
/// ones, and every required field that is not retired holding a value. Phone numbers are read as the Contacts module
/// reads them, in the installation's default region.
/// </summary>
internal sealed class DealCustomFieldValues(DealCustomFieldCatalog catalog, IContactsDirectory contacts)
{
    public async Task<Result<CustomFieldValues>> ApplyAsync(Deal? deal, IReadOnlyDictionary<string, JsonElement>? given, CancellationToken cancellationToken)
    {
        var definitions = await catalog.ReadAsync(cancellationToken);
        return new CustomFieldValueReader(contacts.PhoneToE164).Apply(deal?.CustomFields ?? CustomFieldValues.Empty, given, definitions, requireAll: true);
    }
}

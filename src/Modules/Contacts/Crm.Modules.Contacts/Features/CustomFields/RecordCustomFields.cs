using System.Text.Json;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.CustomFields;

/// <summary>
/// The custom field values a contact or company will hold after a change from the API: the given keys checked and set
/// over the stored ones, required fields present, unique ones not taken.
/// </summary>
internal sealed class RecordCustomFields(CustomFieldCatalog catalog, CustomFieldValueReader reader, CustomFieldUniqueness uniqueness)
{
    public async Task<Result<CustomFieldValues>> ForContactAsync(Contact? contact, IReadOnlyDictionary<string, JsonElement>? given, CancellationToken cancellationToken)
    {
        var definitions = await catalog.ForAsync(CustomFieldEntity.Contact, cancellationToken);
        var before = contact?.CustomFields ?? CustomFieldValues.Empty;
        var after = reader.Apply(before, given, definitions, requireAll: true);
        if (!after.IsSuccess)
        {
            return after.Error;
        }

        var unique = await uniqueness.CheckContactAsync(contact?.Id, before, after.Value, definitions, cancellationToken);
        return unique.IsSuccess ? after : unique.Error;
    }

    public async Task<Result<CustomFieldValues>> ForCompanyAsync(Company? company, IReadOnlyDictionary<string, JsonElement>? given, CancellationToken cancellationToken)
    {
        var definitions = await catalog.ForAsync(CustomFieldEntity.Company, cancellationToken);
        var before = company?.CustomFields ?? CustomFieldValues.Empty;
        var after = reader.Apply(before, given, definitions, requireAll: true);
        if (!after.IsSuccess)
        {
            return after.Error;
        }

        var unique = await uniqueness.CheckCompanyAsync(company?.Id, before, after.Value, definitions, cancellationToken);
        return unique.IsSuccess ? after : unique.Error;
    }

    /// <summary>Values as the API returns them: a JSON object from field key to value.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ToResponse(CustomFieldValues values) => CustomFieldValuesResponse.From(values);
}

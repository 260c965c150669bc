using System.Text.Json;
using Crm.Modules.Contacts.Domain.Companies;

namespace Crm.Modules.Contacts.Features.Companies;

/// <summary>
/// The body of a company's creation or replacement. SIREN, SIRET and VAT numbers may be typed with spaces; a SIRET
/// alone gives the SIREN. ownerId defaults to you on creation and to the current owner on replacement.
/// Custom field values go in customFields, by field key: the keys given are set (null clears one), the others keep
/// their stored value.
/// </summary>
internal sealed record CompanyRequest(
    string? Name,
    IReadOnlyList<string>? Domains,
    string? Industry,
    CompanySize? Size,
    string? Siren,
    string? Siret,
    string? VatNumber,
    AddressInput? Address,
    string? Phone,
    string? Website,
    IReadOnlyList<string>? Tags,
    Guid? ParentCompanyId,
    Guid? OwnerId,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null);

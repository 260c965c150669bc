using System.Text.Json;
using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features;

/// <summary>
/// The body of a contact's creation or replacement. Absent lists mean none; the first email and phone are the primary
/// ones unless another is marked, and so is the first company; the lifecycle stage defaults to Lead; ownerId defaults to you on creation and to the
/// current owner on replacement. A contact that looks like another one (same email, phone or name) is refused with 409
/// and the possible duplicates, unless ignoreDuplicates is true.
/// Custom field values go in customFields, by field key: the keys given are set (null clears one), the others keep
/// their stored value.
/// </summary>
internal sealed record ContactRequest(
    string? FirstName,
    string? LastName,
    string? JobTitle,
    IReadOnlyList<EmailInput>? Emails,
    IReadOnlyList<PhoneInput>? Phones,
    IReadOnlyList<CompanyLinkInput>? Companies,
    AddressInput? Address,
    LifecycleStage? LifecycleStage,
    string? Source,
    IReadOnlyList<string>? Tags,
    Guid? OwnerId,
    bool IgnoreDuplicates = false,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null);

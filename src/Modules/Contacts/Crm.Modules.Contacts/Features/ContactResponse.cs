using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;

namespace Crm.Modules.Contacts.Features;

internal sealed record EmailResponse(string Address, string? Label, bool IsPrimary);

/// <summary>A phone number in E.164 (<see cref="Number"/>) and as people read it (<see cref="International"/>).</summary>
internal sealed record PhoneResponse(string Number, string International, string? Label, bool IsPrimary);

/// <summary>A company the contact is linked to; <see cref="CompanyName"/> is null for a company the reader cannot see.</summary>
internal sealed record CompanyLinkResponse(Guid CompanyId, string? CompanyName, string? Role, bool IsPrimary);

internal sealed record AddressResponse(string? Street, string? PostalCode, string? City, string? Region, string? CountryCode)
{
    public static AddressResponse From(PostalAddress a) => new(a.Street, a.PostalCode, a.City, a.Region, a.CountryCode);
}

internal sealed record ContactResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string? JobTitle,
    IReadOnlyList<EmailResponse> Emails,
    IReadOnlyList<PhoneResponse> Phones,
    IReadOnlyList<CompanyLinkResponse> Companies,
    AddressResponse Address,
    LifecycleStage LifecycleStage,
    string? Source,
    IReadOnlyList<string> Tags,
    Guid OwnerId,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? UpdatedAtUtc,
    int Version)
{
    /// <summary>The contact's id in the system it was imported from.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The import that created the contact.</summary>
    public Guid? ImportId { get; init; }

    /// <summary>The custom field values, by field key.</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = new Dictionary<string, JsonElement>();

    public static ContactResponse From(Contact contact, IReadOnlyDictionary<Guid, string> companyNames) => new(
        contact.Id.Value,
        contact.FirstName,
        contact.LastName,
        contact.JobTitle,
        [.. contact.Emails.Select(e => new EmailResponse(e.Address, e.Label, e.IsPrimary))],
        [.. contact.Phones.Select(p => new PhoneResponse(p.Number, PhoneNumberReader.International(p.Number), p.Label, p.IsPrimary))],
        [.. contact.Companies.Select(l => new CompanyLinkResponse(l.CompanyId.Value, companyNames.GetValueOrDefault(l.CompanyId.Value), l.Role, l.IsPrimary))],
        AddressResponse.From(contact.Address),
        contact.LifecycleStage,
        contact.Source,
        contact.Tags,
        contact.OwnerId,
        contact.CreatedAtUtc,
        contact.UpdatedAtUtc,
        contact.Version)
    {
        ExternalId = contact.ExternalId,
        ImportId = contact.ImportId?.Value,
        CustomFields = RecordCustomFields.ToResponse(contact.CustomFields),
    };
}

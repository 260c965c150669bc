using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;

namespace Crm.Modules.Contacts.Features;

internal sealed record EmailResponse(string Address, string? Label, bool IsPrimary);

/// <summary>A phone number in E.164 (<see cref="Number"/>) and as people read it (<see cref="International"/>).</summary>
internal sealed record PhoneResponse(string Number, string International, string? Label, bool IsPrimary);

internal sealed record AddressResponse(string? Street, string? PostalCode, string? City, string? Region, string? CountryCode);

internal sealed record ContactResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string? JobTitle,
    IReadOnlyList<EmailResponse> Emails,
    IReadOnlyList<PhoneResponse> Phones,
    AddressResponse Address,
    LifecycleStage LifecycleStage,
    string? Source,
    IReadOnlyList<string> Tags,
    Guid OwnerId,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? UpdatedAtUtc,
    int Version)
{
    public static ContactResponse From(Contact contact) => new(
        contact.Id.Value,
        contact.FirstName,
        contact.LastName,
        contact.JobTitle,
        [.. contact.Emails.Select(e => new EmailResponse(e.Address, e.Label, e.IsPrimary))],
        [.. contact.Phones.Select(p => new PhoneResponse(p.Number, PhoneNumberReader.International(p.Number), p.Label, p.IsPrimary))],
        new AddressResponse(contact.Address.Street, contact.Address.PostalCode, contact.Address.City, contact.Address.Region, contact.Address.CountryCode),
        contact.LifecycleStage,
        contact.Source,
        contact.Tags,
        contact.OwnerId,
        contact.CreatedAtUtc,
        contact.UpdatedAtUtc,
        contact.Version);
}

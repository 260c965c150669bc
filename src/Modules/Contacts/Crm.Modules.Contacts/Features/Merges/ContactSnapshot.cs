using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>A contact's details and owner as JSON, kept by a merge to give the kept contact back what it had.</summary>
internal sealed record ContactSnapshot(
    string FirstName,
    string LastName,
    string? JobTitle,
    List<ContactSnapshot.Item> Emails,
    List<ContactSnapshot.Item> Phones,
    List<ContactSnapshot.Link> Companies,
    ContactSnapshot.Place Address,
    LifecycleStage LifecycleStage,
    string? Source,
    List<string> Tags,
    Guid OwnerId)
{
    /// <summary>The custom field values' JSON; absent from snapshots taken before custom fields existed.</summary>
    public string? CustomFields { get; init; }

    public static string Of(Contact c) => JsonSerializer.Serialize(new ContactSnapshot(
        c.FirstName,
        c.LastName,
        c.JobTitle,
        [.. c.Emails.Select(e => new Item(e.Address, e.Label, e.IsPrimary))],
        [.. c.Phones.Select(p => new Item(p.Number, p.Label, p.IsPrimary))],
        [.. c.Companies.Select(l => new Link(l.CompanyId.Value, l.Role, l.IsPrimary))],
        new Place(c.Address.Street, c.Address.PostalCode, c.Address.City, c.Address.Region, c.Address.CountryCode),
        c.LifecycleStage,
        c.Source,
        [.. c.Tags],
        c.OwnerId) { CustomFields = c.CustomFields.Json });

    public static ContactSnapshot Read(string json) =>
        JsonSerializer.Deserialize<ContactSnapshot>(json) ?? throw new InvalidOperationException("A merge's snapshot is empty.");

    /// <summary>The details as they were (they were valid then, so they are now), less links to companies deleted since.</summary>
    public ContactDetails ToDetails(IReadOnlySet<Guid> companiesStillThere)
    {
        var details = ContactDetails.Create(
            FirstName,
            LastName,
            JobTitle,
            [.. Emails.Select(e => ContactEmail.Create(e.Value, e.Label, e.IsPrimary).Value)],
            [.. Phones.Select(p => ContactPhone.Create(PhoneNumber.FromE164(p.Value).Value, p.Label, p.IsPrimary).Value)],
            [.. Companies.Where(l => companiesStillThere.Contains(l.CompanyId)).Select(l => ContactCompany.Create(new CompanyId(l.CompanyId), l.Role, l.IsPrimary).Value)],
            PostalAddress.Create(Address.Street, Address.PostalCode, Address.City, Address.Region, Address.CountryCode).Value,
            LifecycleStage,
            Source,
            Tags).Value;
        return CustomFields is null ? details : details.WithCustomFields(CustomFieldValues.FromJson(CustomFields));
    }

    internal sealed record Item(string Value, string? Label, bool IsPrimary);

    internal sealed record Link(Guid CompanyId, string? Role, bool IsPrimary);

    internal sealed record Place(string? Street, string? PostalCode, string? City, string? Region, string? CountryCode);
}

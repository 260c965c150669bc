using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>A contact as a file takes it, with its companies' names.</summary>
internal sealed record ExportedContact(Contact Contact, IReadOnlyList<string> Companies)
{
    /// <summary>The columns of CSV and Excel exports, named so that importing the file again maps itself.</summary>
    public static readonly string[] Columns =
    [
        "First name", "Last name", "Email", "Email 2", "Phone", "Phone 2", "Job title", "Company", "Street", "Postal code", "City",
        "Region", "Country", "Lifecycle stage", "Source", "Tags", "External id", "Created", "Contact id",
    ];

    public string?[] Values()
    {
        var c = Contact;
        return
        [
            c.FirstName, c.LastName, c.Emails.ElementAtOrDefault(0)?.Address, c.Emails.ElementAtOrDefault(1)?.Address,
            c.Phones.ElementAtOrDefault(0)?.Number, c.Phones.ElementAtOrDefault(1)?.Number, c.JobTitle, string.Join(", ", Companies),
            c.Address.Street, c.Address.PostalCode, c.Address.City, c.Address.Region, c.Address.CountryCode, c.LifecycleStage.ToString(),
            c.Source, string.Join(", ", c.Tags), c.ExternalId, c.CreatedAtUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            c.Id.Value.ToString(),
        ];
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.CustomFields;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>
/// The columns of CSV and Excel exports: the contact's own, named so that importing the file again maps itself, then
/// one per custom field in use, named by its label (with its key when the label is taken), values as an import reads them.
/// </summary>
internal sealed class ExportLayout
{
    private static readonly string[] Standard =
    [
        "First name", "Last name", "Email", "Email 2", "Phone", "Phone 2", "Job title", "Company", "Street", "Postal code", "City",
        "Region", "Country", "Lifecycle stage", "Source", "Tags", "External id", "Created", "Contact id",
    ];

    private readonly IReadOnlyList<CustomFieldDefinition> _fields;

    public ExportLayout(IEnumerable<CustomFieldDefinition> fields)
    {
        _fields = [.. fields.Where(f => !f.IsRetired)];
        var names = new HashSet<string>(Standard, StringComparer.OrdinalIgnoreCase);
        Columns = [.. Standard, .. _fields.Select(f => names.Add(f.Label) ? f.Label : $"{f.Label} ({f.Key})")];
    }

    public IReadOnlyList<string> Columns { get; }

    public string?[] Values(Contact c, IReadOnlyList<string> companies) =>
    [
        c.FirstName, c.LastName, c.Emails.ElementAtOrDefault(0)?.Address, c.Emails.ElementAtOrDefault(1)?.Address,
        c.Phones.ElementAtOrDefault(0)?.Number, c.Phones.ElementAtOrDefault(1)?.Number, c.JobTitle, string.Join(", ", companies),
        c.Address.Street, c.Address.PostalCode, c.Address.City, c.Address.Region, c.Address.CountryCode, c.LifecycleStage.ToString(),
        c.Source, string.Join(", ", c.Tags), c.ExternalId, c.CreatedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        c.Id.Value.ToString(),
        .. _fields.Select(f => Text(f, c.CustomFields.Get(f.Key))),
    ];

    /// <summary>A value as a person (and an import) reads it: option labels, numbers with a dot, dates yyyy-MM-dd.</summary>
    private static string? Text(CustomFieldDefinition field, JsonNode? value) => value switch
    {
        null => null,
        JsonArray keys => string.Join(", ", keys.Select(k => field.Option(k!.GetValue<string>())?.Label ?? k.GetValue<string>())),
        JsonValue one when field.Type == CustomFieldType.SingleSelect => field.Option(one.GetValue<string>())?.Label ?? one.GetValue<string>(),
        JsonValue one when field.Type == CustomFieldType.Bool => one.GetValue<bool>() ? "true" : "false",
        JsonValue one when field.Type is CustomFieldType.Number or CustomFieldType.Money => one.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValue one => one.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}

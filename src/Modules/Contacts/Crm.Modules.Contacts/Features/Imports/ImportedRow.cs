using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The checked values of a row; the name may be missing when the row only adds to the contact it matches.</summary>
internal sealed record RowValues(
    string FirstName,
    string LastName,
    string? JobTitle,
    IReadOnlyList<ContactEmail> Emails,
    IReadOnlyList<ContactPhone> Phones,
    IReadOnlyList<ContactCompany> Companies,
    PostalAddress Address,
    LifecycleStage? LifecycleStage,
    string? Source,
    IReadOnlyList<string> Tags)
{
    /// <summary>The custom field values the row gives, by key, in their stored form.</summary>
    public IReadOnlyDictionary<string, JsonNode> CustomFields { get; init; } = new Dictionary<string, JsonNode>();

    public bool HasName => FirstName.Length > 0 || LastName.Length > 0;

    public Result<ContactDetails> ToDetails()
    {
        var details = ContactDetails.Create(
            FirstName, LastName, JobTitle, Emails, Phones, Companies, Address, LifecycleStage ?? Domain.Contacts.LifecycleStage.Lead, Source, Tags);
        return details.IsSuccess ? details.Value.WithCustomFields(Over(CustomFieldValues.Empty)) : details;
    }

    /// <summary><paramref name="current"/> with the values the row gives set over it.</summary>
    public CustomFieldValues Over(CustomFieldValues current) => CustomFields.Aggregate(current, (values, given) => values.With(given.Key, given.Value));
}

/// <summary>A row read into checked values, with what it is matched by, the column its name comes from, and the note it adds.</summary>
internal sealed record ImportedRow(int Line, RowValues Values, string? ExternalId, string NameColumn, string? Note = null)
{
    public string? Key(ImportSettings settings) => settings.MatchKey switch
    {
        MatchKey.Email => MatchColumns.EmailKey(Values.Emails.FirstOrDefault(e => e.IsPrimary)?.Address),
        MatchKey.Phone => Values.Phones.FirstOrDefault(p => p.IsPrimary)?.Number,
        MatchKey.CustomField => Values.CustomFields.GetValueOrDefault(settings.MatchCustomField!)?.GetValue<string>(),
        _ => ExternalId,
    };
}

/// <summary>What is wrong with a row: the column (its header) and why.</summary>
internal sealed record RowProblem(int Line, string Column, ImportReason Reason);

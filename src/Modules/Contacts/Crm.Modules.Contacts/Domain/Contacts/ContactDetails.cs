using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>Everything a person edits about a contact, checked as a whole: one primary address and number at most, names within limits.</summary>
internal sealed record ContactDetails
{
    public const int NameMaxLength = 100;
    public const int JobTitleMaxLength = 100;
    public const int SourceMaxLength = 100;

    private ContactDetails()
    {
    }

    public string FirstName { get; private init; } = string.Empty;

    public string LastName { get; private init; } = string.Empty;

    public string? JobTitle { get; private init; }

    public IReadOnlyList<ContactEmail> Emails { get; private init; } = [];

    public IReadOnlyList<ContactPhone> Phones { get; private init; } = [];

    public IReadOnlyList<ContactCompany> Companies { get; private init; } = [];

    public PostalAddress Address { get; private init; } = PostalAddress.None;

    public LifecycleStage LifecycleStage { get; private init; }

    public string? Source { get; private init; }

    public IReadOnlyList<string> Tags { get; private init; } = [];

    /// <summary>The custom field values to store, already checked against their definitions; null keeps the stored ones.</summary>
    public CustomFieldValues? CustomFields { get; private init; }

    public ContactDetails WithCustomFields(CustomFieldValues values) => this with { CustomFields = values };

    public static Result<ContactDetails> Create(
        string? firstName,
        string? lastName,
        string? jobTitle,
        IReadOnlyList<ContactEmail> emails,
        IReadOnlyList<ContactPhone> phones,
        IReadOnlyList<ContactCompany> companies,
        PostalAddress address,
        LifecycleStage lifecycleStage,
        string? source,
        IReadOnlyList<string> tags)
    {
        var first = firstName?.Trim() ?? string.Empty;
        var last = lastName?.Trim() ?? string.Empty;
        if (first.Length == 0 && last.Length == 0)
        {
            return Error.Validation("contact.name_required", "A contact needs a first name or a last name.");
        }

        if (first.Length > NameMaxLength || last.Length > NameMaxLength)
        {
            return Error.Validation("contact.name_too_long", $"First and last names hold at most {NameMaxLength} characters.");
        }

        var title = Optional(jobTitle);
        var origin = Optional(source);
        if (title?.Length > JobTitleMaxLength || origin?.Length > SourceMaxLength)
        {
            return Error.Validation("contact.text_too_long", $"The job title and the source hold at most {JobTitleMaxLength} characters.");
        }

        if (!Enum.IsDefined(lifecycleStage))
        {
            return Error.Validation("contact.lifecycle_stage_invalid", $"'{lifecycleStage}' is not a lifecycle stage.");
        }

        var primaryEmails = PrimaryItems.Normalise(emails, e => e.IsPrimary, e => e.MarkedPrimary(), e => e.Address, "email", "emails");
        if (!primaryEmails.IsSuccess)
        {
            return primaryEmails.Error;
        }

        var primaryPhones = PrimaryItems.Normalise(phones, p => p.IsPrimary, p => p.MarkedPrimary(), p => p.Number, "phone", "phones");
        if (!primaryPhones.IsSuccess)
        {
            return primaryPhones.Error;
        }

        var primaryCompanies = PrimaryItems.Normalise(companies, c => c.IsPrimary, c => c.MarkedPrimary(), c => c.CompanyId.Value.ToString(), "company", "companies");
        if (!primaryCompanies.IsSuccess)
        {
            return primaryCompanies.Error;
        }

        var cleanTags = Common.Tags.Clean(tags);
        if (!cleanTags.IsSuccess)
        {
            return cleanTags.Error;
        }

        return new ContactDetails
        {
            FirstName = first,
            LastName = last,
            JobTitle = title,
            Emails = primaryEmails.Value,
            Phones = primaryPhones.Value,
            Companies = primaryCompanies.Value,
            Address = address,
            LifecycleStage = lifecycleStage,
            Source = origin,
            Tags = cleanTags.Value,
        };
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

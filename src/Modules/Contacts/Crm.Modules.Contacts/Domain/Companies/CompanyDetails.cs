using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Domain.Companies;

/// <summary>Everything a person edits about a company, checked as a whole (a SIRET belongs to the SIREN given with it).</summary>
internal sealed record CompanyDetails
{
    public const int NameMaxLength = 200;
    public const int IndustryMaxLength = 100;
    public const int WebsiteMaxLength = 300;
    public const int MaxDomains = 10;

    private CompanyDetails()
    {
    }

    public string Name { get; private init; } = string.Empty;

    public IReadOnlyList<string> Domains { get; private init; } = [];

    public string? Industry { get; private init; }

    public CompanySize? Size { get; private init; }

    public Siren? Siren { get; private init; }

    public Siret? Siret { get; private init; }

    public VatNumber? VatNumber { get; private init; }

    public PostalAddress Address { get; private init; } = PostalAddress.None;

    public PhoneNumber? Phone { get; private init; }

    public string? Website { get; private init; }

    public IReadOnlyList<string> Tags { get; private init; } = [];

    /// <summary>The custom field values to store, already checked against their definitions; null keeps the stored ones.</summary>
    public CustomFieldValues? CustomFields { get; private init; }

    public CompanyDetails WithCustomFields(CustomFieldValues values) => this with { CustomFields = values };

    public static Result<CompanyDetails> Create(
        string? name,
        IReadOnlyList<string> domains,
        string? industry,
        CompanySize? size,
        Siren? siren,
        Siret? siret,
        VatNumber? vatNumber,
        PostalAddress address,
        PhoneNumber? phone,
        string? website,
        IReadOnlyList<string> tags)
    {
        var cleanName = name?.Trim() ?? string.Empty;
        if (cleanName.Length is 0 or > NameMaxLength)
        {
            return Error.Validation("company.name_required", $"A company needs a name of at most {NameMaxLength} characters.");
        }

        var cleanIndustry = string.IsNullOrWhiteSpace(industry) ? null : industry.Trim();
        if (cleanIndustry?.Length > IndustryMaxLength)
        {
            return Error.Validation("company.industry_too_long", $"The industry holds at most {IndustryMaxLength} characters.");
        }

        if (size is { } s && !Enum.IsDefined(s))
        {
            return Error.Validation("company.size_invalid", $"'{s}' is not a company size.");
        }

        var cleanDomains = new List<string>();
        foreach (var domain in domains)
        {
            var clean = WebDomain.Clean(domain);
            if (!clean.IsSuccess)
            {
                return clean.Error;
            }

            if (!cleanDomains.Contains(clean.Value, StringComparer.Ordinal))
            {
                cleanDomains.Add(clean.Value);
            }
        }

        if (cleanDomains.Count > MaxDomains)
        {
            return Error.Validation("company.too_many_domains", $"A company holds at most {MaxDomains} domains.");
        }

        if (siren is not null && siret is not null && siret.Siren != siren.Value)
        {
            return Error.Validation("company.siret_not_of_siren", $"The SIRET {siret.Value} is not an establishment of the SIREN {siren.Value}.");
        }

        var cleanWebsite = CleanWebsite(website);
        if (!cleanWebsite.IsSuccess)
        {
            return cleanWebsite.Error;
        }

        var cleanTags = Common.Tags.Clean(tags);
        if (!cleanTags.IsSuccess)
        {
            return cleanTags.Error;
        }

        return new CompanyDetails
        {
            Name = cleanName,
            Domains = cleanDomains,
            Industry = cleanIndustry,
            Size = size,
            // The SIREN follows from the SIRET when only the SIRET is given.
            Siren = siren ?? (siret is null ? null : Siren.Create(siret.Siren).Value),
            Siret = siret,
            VatNumber = vatNumber,
            Address = address,
            Phone = phone,
            Website = cleanWebsite.Value,
            Tags = cleanTags.Value,
        };
    }

    private static Result<string?> CleanWebsite(string? website)
    {
        if (string.IsNullOrWhiteSpace(website))
        {
            return Result<string?>.Success(null);
        }

        var typed = website.Trim();
        var withScheme = typed.Contains("://", StringComparison.Ordinal) ? typed : "https://" + typed;
        // Measured as stored: the address escapes what it must (an accented path grows).
        return Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Host.Contains('.', StringComparison.Ordinal)
            && uri.AbsoluteUri.Length <= WebsiteMaxLength
                ? uri.AbsoluteUri
                : Error.Validation("company.website_invalid", $"'{website}' is not a web address such as https://example.com.");
    }
}

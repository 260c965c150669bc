using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>A postal address; every part is optional, the country is an ISO 3166-1 alpha-2 code.</summary>
internal sealed record PostalAddress
{
    public const int LineMaxLength = 200;
    public const int PartMaxLength = 100;

    private PostalAddress(string? street, string? postalCode, string? city, string? region, string? countryCode)
    {
        Street = street;
        PostalCode = postalCode;
        City = city;
        Region = region;
        CountryCode = countryCode;
    }

    public static PostalAddress None { get; } = new(null, null, null, null, null);

    [PersonalData]
    public string? Street { get; private init; }

    [PersonalData]
    public string? PostalCode { get; private init; }

    [PersonalData]
    public string? City { get; private init; }

    public string? Region { get; private init; }

    public string? CountryCode { get; private init; }

    public static Result<PostalAddress> Create(string? street, string? postalCode, string? city, string? region, string? countryCode)
    {
        var country = Blank(countryCode)?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            return Error.Validation("address.country_invalid", $"'{countryCode}' is not a two-letter country code (FR, BE, CH…).");
        }

        var address = new PostalAddress(Blank(street), Blank(postalCode), Blank(city), Blank(region), country);
        if ((address.Street?.Length ?? 0) > LineMaxLength
            || new[] { address.PostalCode, address.City, address.Region }.Any(p => p?.Length > PartMaxLength))
        {
            return Error.Validation("address.too_long", $"The street holds at most {LineMaxLength} characters, the other parts {PartMaxLength}.");
        }

        return address;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

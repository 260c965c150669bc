using System.Globalization;
using Crm.Modules.Contacts.Features.Common;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Reads a country as files give it: a two- or three-letter code, or its name in English, in its own language or in French.</summary>
internal static class CountryNames
{
    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["france"] = "FR", ["belgique"] = "BE", ["suisse"] = "CH", ["luxembourg"] = "LU", ["monaco"] = "MC", ["allemagne"] = "DE",
        ["espagne"] = "ES", ["italie"] = "IT", ["portugal"] = "PT", ["royaume uni"] = "GB", ["angleterre"] = "GB", ["irlande"] = "IE",
        ["pays bas"] = "NL", ["autriche"] = "AT", ["pologne"] = "PL", ["suede"] = "SE", ["norvege"] = "NO", ["danemark"] = "DK",
        ["finlande"] = "FI", ["grece"] = "GR", ["etats unis"] = "US", ["usa"] = "US", ["canada"] = "CA", ["maroc"] = "MA",
        ["algerie"] = "DZ", ["tunisie"] = "TN", ["senegal"] = "SN", ["cote d ivoire"] = "CI", ["chine"] = "CN", ["japon"] = "JP",
        ["inde"] = "IN", ["bresil"] = "BR", ["mexique"] = "MX", ["australie"] = "AU", ["republique tcheque"] = "CZ", ["roumanie"] = "RO",
        ["hongrie"] = "HU", ["turquie"] = "TR", ["russie"] = "RU", ["ukraine"] = "UA", ["israel"] = "IL", ["liban"] = "LB",
        ["reunion"] = "RE", ["la reunion"] = "RE", ["guadeloupe"] = "GP", ["martinique"] = "MQ", ["guyane"] = "GF", ["mayotte"] = "YT",
        ["nouvelle caledonie"] = "NC", ["polynesie francaise"] = "PF", ["uk"] = "GB",
    };

    private static readonly Lazy<Dictionary<string, string>> Known = new(Build);

    public static string? CodeOf(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var key = ImportHeaders.Normalise(country);
        return Known.Value.TryGetValue(key, out var code) ? code : null;
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(French, StringComparer.Ordinal);
        foreach (var code in PhoneNumberReader.Regions)
        {
            names.TryAdd(code.ToLowerInvariant(), code);
            try
            {
                var region = new RegionInfo(code);
                names.TryAdd(region.ThreeLetterISORegionName.ToLowerInvariant(), code);
                names.TryAdd(ImportHeaders.Normalise(region.EnglishName), code);
                names.TryAdd(ImportHeaders.Normalise(region.NativeName), code);
            }
            catch (ArgumentException)
            {
                // A numbering-plan region .NET has no culture data for: its code is enough.
            }
        }

        return names;
    }
}

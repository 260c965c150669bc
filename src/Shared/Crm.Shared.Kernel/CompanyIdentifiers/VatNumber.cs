using System.Globalization;

namespace Crm.Shared.Kernel;

/// <summary>
/// An EU intra-community VAT number: a country prefix then 2 to 12 letters or digits, stored uppercase without separators.
/// Only French numbers are checked beyond their format.
/// </summary>
public sealed record VatNumber
{
    // Characters allowed in the 2-character French key: digits and letters but I and O.
    private const string FrenchKeyAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    // VAT prefixes are ISO 3166 codes except Greece (EL); XI is Northern Ireland, which stays in the EU VAT area.
    private static readonly HashSet<string> CountryCodes = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
    };

    private VatNumber(string value) => Value = value;

    public string Value { get; }

    public string CountryCode => Value[..2];

    public static Result<VatNumber> Create(string? value)
    {
        var compact = CompanyNumber.Compact(value).ToUpperInvariant();
        if (compact.Length < 2 || !CountryCodes.Contains(compact[..2]))
        {
            return Invalid(value, "it must start with the VAT prefix of an EU country");
        }

        var body = compact[2..];
        if (body.Length is < 2 or > 12 || !body.All(char.IsAsciiLetterOrDigit))
        {
            return Invalid(value, "it must have 2 to 12 letters or digits after the country prefix");
        }

        var frenchError = compact.StartsWith("FR", StringComparison.Ordinal) ? FrenchError(body) : null;
        return frenchError is null ? new VatNumber(compact) : Invalid(value, frenchError);
    }

    /// <summary>For values already validated when they were stored.</summary>
    public static VatNumber FromStored(string value) => new(value);

    public override string ToString() => Value;

    /// <summary>Checks the part after "FR": a 2-character key then the SIREN. Returns what is wrong, or null.</summary>
    private static string? FrenchError(string body)
    {
        var key = body[..2];
        var siren = body[2..];
        if (siren.Length != Siren.Length || !siren.All(char.IsAsciiDigit)
            || !key.All(c => FrenchKeyAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return "a French VAT number is FR, a 2-character key and a 9-digit SIREN";
        }

        // Monaco's companies hold French VAT numbers whose 9 digits start with 000 and are no SIREN.
        if (!siren.StartsWith("000", StringComparison.Ordinal) && !CompanyNumber.HasValidLuhn(siren))
        {
            return "its SIREN is not valid";
        }

        var sirenNumber = int.Parse(siren, CultureInfo.InvariantCulture);
        bool keyMatches;
        if (key.All(char.IsAsciiDigit))
        {
            keyMatches = int.Parse(key, CultureInfo.InvariantCulture) == (12 + (3 * (sirenNumber % 97))) % 97;
        }
        else
        {
            // Keys with a letter: the check from python-stdnum (stdnum/fr/tva.py), verified against its test vectors.
            var first = FrenchKeyAlphabet.IndexOf(key[0], StringComparison.Ordinal);
            var second = FrenchKeyAlphabet.IndexOf(key[1], StringComparison.Ordinal);
            var check = char.IsAsciiDigit(key[0]) ? (first * 24) + second - 10 : (first * 34) + second - 100;
            keyMatches = (sirenNumber + 1 + (check / 11)) % 11 == check % 11;
        }

        return keyMatches ? null : "its key does not match its SIREN";
    }

    private static Error Invalid(string? value, string reason) =>
        Error.Validation("company.vat_number_invalid", $"'{value}' is not a valid VAT number: {reason}.");
}

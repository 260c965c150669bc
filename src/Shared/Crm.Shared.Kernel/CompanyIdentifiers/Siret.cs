namespace Crm.Shared.Kernel;

/// <summary>A French establishment number (SIRET): the 9-digit SIREN followed by a 5-digit NIC, stored without separators.</summary>
public sealed record Siret
{
    public const int Length = 14;

    private const int SirenLength = 9;
    private const string LaPostePrefix = "356000000";
    private const string LaPosteHeadOffice = "35600000000048";

    private Siret(string value) => Value = value;

    public string Value { get; }

    /// <summary>The company's SIREN: the first 9 digits.</summary>
    public string Siren => Value[..SirenLength];

    public static Result<Siret> Create(string? value)
    {
        var compact = CompanyNumber.Compact(value);
        if (compact.Length != Length || !compact.All(char.IsAsciiDigit))
        {
            return Invalid(value, "it must have exactly 14 digits");
        }

        if (!HasValidChecksum(compact))
        {
            return Invalid(value, "its check digit is wrong");
        }

        if (!CompanyNumber.HasValidLuhn(compact[..SirenLength]))
        {
            return Invalid(value, "its first 9 digits are not a valid SIREN");
        }

        return new Siret(compact);
    }

    /// <summary>For values already validated when they were stored.</summary>
    public static Siret FromStored(string value) => new(value);

    public override string ToString() => Value;

    private static bool HasValidChecksum(string digits)
    {
        // La Poste has more establishments than a Luhn-checked 5-digit NIC can number, so INSEE
        // gave its SIRETs (all but the head office, which passes Luhn) another rule: digit sum divisible by 5.
        if (digits.StartsWith(LaPostePrefix, StringComparison.Ordinal) && digits != LaPosteHeadOffice)
        {
            return digits.Sum(c => c - '0') % 5 == 0;
        }

        return CompanyNumber.HasValidLuhn(digits);
    }

    private static Error Invalid(string? value, string reason) =>
        Error.Validation("company.siret_invalid", $"'{value}' is not a valid SIRET: {reason}.");
}

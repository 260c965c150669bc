namespace Crm.Shared.Kernel;

/// <summary>A French company number (SIREN): 9 digits with a Luhn check digit, stored without separators.</summary>
public sealed record Siren
{
    public const int Length = 9;

    private Siren(string value) => Value = value;

    public string Value { get; }

    public static Result<Siren> Create(string? value)
    {
        var compact = CompanyNumber.Compact(value);
        if (compact.Length != Length || !compact.All(char.IsAsciiDigit))
        {
            return Invalid(value, "it must have exactly 9 digits");
        }

        if (!CompanyNumber.HasValidLuhn(compact))
        {
            return Invalid(value, "its check digit is wrong");
        }

        return new Siren(compact);
    }

    /// <summary>For values already validated when they were stored.</summary>
    public static Siren FromStored(string value) => new(value);

    public override string ToString() => Value;

    private static Error Invalid(string? value, string reason) =>
        Error.Validation("company.siren_invalid", $"'{value}' is not a valid SIREN: {reason}.");
}

using System.Globalization;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>
/// A quote's number, "DEV-2026-00001": a prefix, the year, then a sequence counted within the prefix and the year.
/// Every revision of a quote keeps its number (see <see cref="Quote.DisplayNumber"/>).
/// </summary>
internal sealed record QuoteNumber
{
    public const string DefaultPrefix = "DEV";
    public const int PrefixMaxLength = 10;
    public const int MinYear = 2000;
    public const int MaxYear = 9999;

    private QuoteNumber(string prefix, int year, int sequence)
    {
        Prefix = prefix;
        Year = year;
        Sequence = sequence;
    }

    /// <summary>1 to 10 ASCII letters or digits, upper-cased.</summary>
    public string Prefix { get; }

    public int Year { get; }

    /// <summary>1 for the first quote of the prefix and year; printed on five digits at least.</summary>
    public int Sequence { get; }

    public static Result<QuoteNumber> Create(int year, int sequence, string? prefix = DefaultPrefix)
    {
        var code = prefix?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || code.Length > PrefixMaxLength || !code.All(char.IsAsciiLetterOrDigit))
        {
            return Error.Validation("quote.number_invalid", $"A quote number prefix holds 1 to {PrefixMaxLength} letters or digits (for example {DefaultPrefix}).");
        }

        if (year is < MinYear or > MaxYear || sequence < 1)
        {
            return Error.Validation("quote.number_invalid", $"A quote number needs a year from {MinYear} to {MaxYear} and a sequence of 1 or more.");
        }

        return new QuoteNumber(code, year, sequence);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year}-{Sequence:D5}");
}

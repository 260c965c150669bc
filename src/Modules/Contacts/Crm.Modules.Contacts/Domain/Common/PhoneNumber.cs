using System.Diagnostics.CodeAnalysis;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Common;

/// <summary>
/// A phone number in E.164 (<c>+33612345678</c>). Turning what people type into E.164 needs the numbering plans,
/// which the features do with libphonenumber before they reach here.
/// </summary>
internal sealed record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<PhoneNumber> FromE164(string? value) =>
        IsE164(value)
            ? new PhoneNumber(value)
            : Error.Validation("contact.phone_invalid", $"'{value}' is not a phone number in international form (+33612345678).");

    /// <summary>For values already validated when they were stored.</summary>
    public static PhoneNumber FromStored(string value) => new(value);

    public override string ToString() => Value;

    /// <summary>A plus, then 7 to 15 digits of which the first is not 0.</summary>
    private static bool IsE164([NotNullWhen(true)] string? value) =>
        value is { Length: >= 8 and <= 16 } && value[0] == '+' && value[1] != '0' && value[1..].All(char.IsAsciiDigit);
}

using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;
using Microsoft.Extensions.Options;
using LibPhoneNumber = PhoneNumbers;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>
/// Reads phone numbers as people type them ("06 12 34 56 78", "+33 (0)6…", "0033 6…") into E.164 with the numbering
/// plans of libphonenumber, numbers without an international prefix being read in the installation's default region.
/// </summary>
internal sealed class PhoneNumberReader(IOptions<ContactsOptions> options)
{
    private static readonly LibPhoneNumber.PhoneNumberUtil Util = LibPhoneNumber.PhoneNumberUtil.GetInstance();

    public static IReadOnlySet<string> Regions { get; } = Util.GetSupportedRegions();

    public static bool IsKnownRegion(string? countryCode) =>
        countryCode is not null && Regions.Contains(countryCode.Trim().ToUpperInvariant());

    public Result<PhoneNumber> Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return Invalid(typed);
        }

        try
        {
            var parsed = Util.Parse(typed, options.Value.DefaultPhoneRegion.ToUpperInvariant());
            return Util.IsValidNumber(parsed)
                ? PhoneNumber.FromE164(Util.Format(parsed, LibPhoneNumber.PhoneNumberFormat.E164))
                : Invalid(typed);
        }
        catch (LibPhoneNumber.NumberParseException)
        {
            return Invalid(typed);
        }
    }

    /// <summary>An E.164 number as people read it: <c>+33 6 12 34 56 78</c>.</summary>
    public static string International(string e164)
    {
        try
        {
            return Util.Format(Util.Parse(e164, null), LibPhoneNumber.PhoneNumberFormat.INTERNATIONAL);
        }
        catch (LibPhoneNumber.NumberParseException)
        {
            return e164;
        }
    }

    private static Error Invalid(string? typed) =>
        Error.Validation("contact.phone_invalid", $"'{typed}' is not a phone number: give it with its country code (+32 2 …) or as dialled in your country.");
}

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

    /// <summary>The number typed, in E.164: what custom fields of the phone type hold.</summary>
    public Result<string> ToE164(string typed)
    {
        var phone = Normalise(typed);
        return phone.IsSuccess ? phone.Value.Value : phone.Error;
    }

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

    /// <summary>
    /// What a number stored in E.164 holds of <paramref name="typed"/>, a number or a part of one: a whole number in
    /// E.164; else its digits, "+" standing for an international prefix ("+", "00") and the default region's country
    /// code for its national prefix ("06 12" in France: "+33612").
    /// </summary>
    public string PartOfE164(string typed)
    {
        if (Normalise(typed) is { IsSuccess: true } whole)
        {
            return whole.Value.Value;
        }

        var trimmed = typed.Trim();
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        var region = options.Value.DefaultPhoneRegion.ToUpperInvariant();
        var nationalPrefix = Util.GetMetadataForRegion(region)?.NationalPrefix ?? string.Empty;
        return trimmed.StartsWith('+') ? "+" + digits
            : digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..]
            : nationalPrefix.Length > 0 && digits.StartsWith(nationalPrefix, StringComparison.Ordinal) ? $"+{Util.GetCountryCodeForRegion(region)}{digits[nationalPrefix.Length..]}"
            : digits;
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

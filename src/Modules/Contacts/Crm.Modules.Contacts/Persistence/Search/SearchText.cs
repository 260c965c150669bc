using System.Globalization;
using System.Text;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using LibPhoneNumber = PhoneNumbers;

namespace Crm.Modules.Contacts.Persistence.Search;

/// <summary>
/// The text a record is found by, written beside it on every save: lower case without accents, so "Hélène" is found by
/// "helene"; phone numbers as digits in international and national form, so "06 12" and "+33 6 12" both find them.
/// </summary>
internal static class SearchText
{
    public const int MaxLength = 2000;
    public const int NameMaxLength = 210;

    private static readonly LibPhoneNumber.PhoneNumberUtil Phones = LibPhoneNumber.PhoneNumberUtil.GetInstance();

    public static string ForContact(Contact c) => Join(
        [c.FirstName, c.LastName, c.JobTitle, .. c.Emails.Select(e => e.Address), .. c.Phones.SelectMany(p => PhoneForms(p.Number))]);

    public static string ForCompany(Company c) => Join(
        [c.Name, .. c.Domains, c.Siren?.Value, c.Siret?.Value, c.VatNumber?.Value, .. PhoneForms(c.Phone?.Value), c.Address.City]);

    /// <summary>The name a list sorts and a short query looks up by its beginning: "lovelace ada".</summary>
    public static string NameForContact(Contact c) => Truncate(Normalise($"{c.LastName} {c.FirstName}"), NameMaxLength);

    public static string NameForCompany(Company c) => Truncate(Normalise(c.Name), NameMaxLength);

    /// <summary>Lower case, accents and punctuation other than @ . - + dropped, runs of spaces made one.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '_' or '+')
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>"+33612345678" as "33612345678 0612345678": what people type, with or without the country.</summary>
    public static IEnumerable<string> PhoneForms(string? e164)
    {
        if (e164 is null)
        {
            yield break;
        }

        yield return e164.TrimStart('+');
        string national;
        try
        {
            national = Phones.Format(Phones.Parse(e164, null), LibPhoneNumber.PhoneNumberFormat.NATIONAL);
        }
        catch (LibPhoneNumber.NumberParseException)
        {
            yield break;
        }

        yield return string.Concat(national.Where(char.IsAsciiDigit));
    }

    private static string Join(IEnumerable<string?> parts) =>
        Truncate(string.Join(' ', parts.Select(Normalise).Where(p => p.Length > 0)), MaxLength);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// Why a row was left out, in the two languages the product speaks: the preview and the error report give the reader's
/// (French unless they chose English).
/// </summary>
internal sealed record ImportReason(string English, string French)
{
    public string In(string language) => language == "en" ? English : French;

    /// <summary>
    /// A check's error about <paramref name="value"/> (the text of the cell, when there is one): its message, and the
    /// French for the errors rows meet; another error keeps its English message in both.
    /// </summary>
    public static ImportReason Of(Error error, string? value) => new(error.Message, FrenchOf(error.Code, value) ?? error.Message);

    private static string? FrenchOf(string code, string? value)
    {
        var quoted = value is null ? "Cette valeur" : $"« {value} »";
        return code switch
        {
            "contact.email_invalid" => $"{quoted} n’est pas une adresse e-mail valide.",
            "contact.phone_invalid" => $"{quoted} n’est pas un numéro de téléphone : donnez-le avec son indicatif (+32 2 …) ou tel qu’il se compose dans votre pays.",
            "contact.email_repeated" or "contact.phone_repeated" => $"{quoted} est donné deux fois.",
            "contact.too_many_emails" => $"Une fiche a au plus {PrimaryItems.MaxCount} adresses e-mail.",
            "contact.too_many_phones" => $"Une fiche a au plus {PrimaryItems.MaxCount} numéros de téléphone.",
            "contact.name_required" => "Un contact a besoin d’un prénom ou d’un nom.",
            "contact.name_too_long" => $"Le prénom et le nom tiennent chacun en {ContactDetails.NameMaxLength} caractères au plus.",
            "contact.text_too_long" => $"Le poste et la source tiennent chacun en {ContactDetails.JobTitleMaxLength} caractères au plus.",
            "address.too_long" => $"L’adresse est trop longue : la rue tient en {PostalAddress.LineMaxLength} caractères au plus, les autres parties en {PostalAddress.PartMaxLength}.",
            "tag.invalid" => $"Une étiquette tient en {Tags.MaxLength} caractères imprimables au plus : l’une d’elles ne convient pas.",
            "tag.too_many" => $"Une fiche porte au plus {Tags.MaxCount} étiquettes.",
            "custom_field.too_long" => $"{quoted} est trop long pour ce champ.",
            "custom_field.value_invalid" => $"{quoted} n’est pas une valeur de ce champ (un nombre, un montant, une date, oui ou non, une adresse… selon son type).",
            "custom_field.option_unknown" => $"{quoted} n’est pas une option de ce champ.",
            _ => null,
        };
    }
}

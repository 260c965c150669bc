using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// Reads a file's column headers, in French or English, as the contact fields they usually hold ("Prénom", "E-mail",
/// "Tél. portable", "Code postal"…), and names a set of headers so a mapping can be remembered for the next such file.
/// </summary>
internal static class ImportHeaders
{
    private static readonly (ImportField Field, string[] Names)[] Known =
    [
        (ImportField.FirstName, ["prenom", "first name", "firstname", "given name", "forename"]),
        (ImportField.LastName, ["nom", "nom de famille", "last name", "lastname", "surname", "family name"]),
        (ImportField.FullName, ["nom complet", "prenom nom", "nom prenom", "full name", "fullname", "name", "contact", "display name"]),
        (ImportField.Email, ["email", "e mail", "mail", "courriel", "adresse email", "adresse e mail", "adresse mail", "email address", "e mail address", "email 1", "email1", "mel", "adresse de messagerie", "e mail 1 value"]),
        (ImportField.SecondEmail, ["email 2", "email2", "e mail 2", "autre email", "other email", "second email", "email secondaire", "e mail 2 value", "adresse de messagerie 2"]),
        (ImportField.Phone, ["telephone", "tel", "phone", "phone number", "telephone fixe", "tel fixe", "fixe", "numero de telephone", "work phone", "business phone", "telephone professionnel", "tel pro", "phone 1", "phone 1 value", "telephone bureau", "tel bureau"]),
        (ImportField.Mobile, ["mobile", "portable", "telephone portable", "tel portable", "telephone mobile", "tel mobile", "gsm", "cell", "cell phone", "mobile phone", "phone 2", "phone 2 value", "telephone 2"]),
        (ImportField.JobTitle, ["fonction", "poste", "intitule de poste", "job title", "position", "organization 1 title"]),
        (ImportField.Company, ["societe", "entreprise", "organisation", "organization", "raison sociale", "compte", "company", "company name", "account", "account name", "employeur", "employer", "organization 1 name", "organisation 1 name"]),
        (ImportField.Street, ["adresse", "rue", "adresse postale", "voie", "address", "street", "street address", "address line 1", "adresse 1", "rue bureau", "business street"]),
        (ImportField.PostalCode, ["code postal", "cp", "postal code", "postcode", "zip", "zip code", "zipcode", "code postal bureau", "business postal code"]),
        (ImportField.City, ["ville", "commune", "localite", "city", "town", "locality", "ville bureau", "business city"]),
        (ImportField.Region, ["region", "departement", "state", "province", "county"]),
        (ImportField.Country, ["pays", "country", "country code", "code pays", "pays region", "pays region bureau", "country region", "business country region"]),
        (ImportField.Tags, ["tags", "tag", "etiquettes", "etiquette", "mots cles", "labels", "categories", "category"]),
        (ImportField.Source, ["source", "origine", "provenance", "lead source", "canal", "channel"]),
        (ImportField.LifecycleStage, ["etape", "statut", "cycle de vie", "stade", "lifecycle stage", "lifecycle", "stage", "status"]),
        (ImportField.Note, ["commentaire", "commentaires", "note", "notes", "remarque", "remarques", "observation", "observations", "comment", "comments", "memo"]),
        (ImportField.ExternalId, ["id", "identifiant", "id externe", "identifiant externe", "reference", "ref", "external id", "externalid", "uid", "record id", "code client", "numero client", "customer id"]),
    ];

    private static readonly Dictionary<string, ImportField> ByName = Known
        .SelectMany(k => k.Names.Select(n => (Name: n, k.Field)))
        .ToDictionary(k => k.Name, k => k.Field);

    /// <summary>
    /// The fields the headers suggest, each field for its first column only; a column left over whose header is a custom
    /// field's label or key goes into that field.
    /// </summary>
    public static IReadOnlyList<ColumnMapping> Suggest(IReadOnlyList<string> headers, IReadOnlyList<CustomFieldDefinition> customFields)
    {
        var mapping = Suggest(headers).ToList();
        var usable = customFields.Where(f => !f.IsRetired).ToList();
        for (var column = 0; column < headers.Count; column++)
        {
            var header = Normalise(headers[column]);
            var field = usable.FirstOrDefault(f => Normalise(f.Label) == header || Normalise(f.Key) == header);
            if (field is not null && !mapping.Exists(m => m.Column == column || m.CustomField == field.Key))
            {
                mapping.Add(new ColumnMapping(column, ImportField.CustomField, field.Key));
            }
        }

        return [.. mapping.OrderBy(m => m.Column)];
    }

    /// <summary>The first unique custom field of text, mapped by <paramref name="columns"/>, that rows could be matched by.</summary>
    public static string? UniqueFieldMapped(IReadOnlyList<ColumnMapping> columns, IReadOnlyList<CustomFieldDefinition> customFields) =>
        columns.Where(c => c.Field == ImportField.CustomField)
            .Select(c => customFields.FirstOrDefault(f => f.Key == c.CustomField))
            .FirstOrDefault(f => f is { IsUnique: true } && ImportCustomFields.CanMatch(f))?.Key;

    /// <summary>The fields the headers suggest, each field for its first column only.</summary>
    public static IReadOnlyList<ColumnMapping> Suggest(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<ImportField>();
        var mapping = new List<ColumnMapping>();
        for (var column = 0; column < headers.Count; column++)
        {
            if (ByName.TryGetValue(Normalise(headers[column]), out var field) && taken.Add(field))
            {
                mapping.Add(new ColumnMapping(column, field));
            }
        }

        // "Nom" alone is a last name beside a first name, and the whole name otherwise.
        if (!taken.Contains(ImportField.FirstName) && mapping.FindIndex(m => m.Field == ImportField.LastName) is var last and >= 0
            && !taken.Contains(ImportField.FullName) && Normalise(headers[mapping[last].Column]) is "nom" or "name")
        {
            mapping[last] = mapping[last] with { Field = ImportField.FullName };
        }

        return mapping;
    }

    /// <summary>The same for files with the same headers in the same order, whatever their case, accents or spacing.</summary>
    public static string Signature(IReadOnlyList<string> headers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', headers.Select(Normalise)))));

    /// <summary>Lower case, without accents, punctuation or repeated spaces: "Tél. Portable" is "tel portable".</summary>
    public static string Normalise(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}

using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// Reads the rows of a file into contact details through a mapping, checking every value; a row with a wrong value is
/// reported column by column and left out whole.
/// </summary>
internal sealed class ImportRowReader(
    PhoneNumberReader phoneNumbers, CustomFieldValueReader customValues, IReadOnlyList<CustomFieldDefinition> customFields, IReadOnlyList<string> headers, ImportSettings settings)
{
    private static readonly char[] ListSeparators = [',', ';', '|'];

    private readonly Dictionary<ImportField, int> _columns = settings.Columns.Where(c => c.Field != ImportField.CustomField).ToDictionary(c => c.Field, c => c.Column);

    private readonly List<(int Column, CustomFieldDefinition Field)> _custom =
        [.. settings.Columns.Where(c => c.Field == ImportField.CustomField).Select(c => (c.Column, customFields.First(f => f.Key == c.CustomField)))];

    /// <summary>A company name as the companies' name column holds it, so rows find the companies stored under it.</summary>
    public static string CompanyKey(string name)
    {
        var key = SearchText.Normalise(name);
        return key.Length > SearchText.NameMaxLength ? key[..SearchText.NameMaxLength] : key;
    }

    /// <summary>The company names of the rows, each key with the name as first written.</summary>
    public IReadOnlyDictionary<string, string> CompanyNames(IEnumerable<ImportRow> rows)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (Value(row, ImportField.Company) is { } name && CompanyKey(name) is { Length: > 0 } key)
            {
                names.TryAdd(key, name);
            }
        }

        return names;
    }

    public (ImportedRow? Row, IReadOnlyList<RowProblem> Problems) Read(ImportRow row, IReadOnlyDictionary<string, CompanyId> companies)
    {
        var problems = new List<RowProblem>();
        void Problem(ImportField field, ImportReason reason) => problems.Add(new RowProblem(row.Line, Header(field), reason));

        // The encoding is told from the start of the file; a different one further down shows as replacement characters.
        if (row.Values.Any(v => v.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return (null, [new RowProblem(row.Line, string.Empty, new ImportReason(
                "Some characters of this row could not be read: save the file as CSV UTF-8 and import it again.",
                "Des caractères de cette ligne sont illisibles : enregistrez le fichier en CSV UTF-8 et importez-le à nouveau."))]);
        }

        var (first, last) = (Value(row, ImportField.FirstName), Value(row, ImportField.LastName));
        if (first is null && last is null && Value(row, ImportField.FullName) is { } full)
        {
            (first, last) = PersonName.Split(full);
        }

        var emails = new List<ContactEmail>();
        foreach (var (field, typed) in Values(row, ImportField.Email, ImportField.SecondEmail).SelectMany(v => Split(v.Value).Select(a => (v.Field, a))))
        {
            var email = ContactEmail.Create(typed, null, emails.Count == 0);
            if (!email.IsSuccess)
            {
                Problem(field, ImportReason.Of(email.Error, typed));
            }
            else if (!emails.Any(e => string.Equals(e.Address, email.Value.Address, StringComparison.OrdinalIgnoreCase)))
            {
                emails.Add(email.Value);
            }
        }

        var phones = new List<ContactPhone>();
        foreach (var (field, typed) in Values(row, ImportField.Phone, ImportField.Mobile))
        {
            var number = phoneNumbers.Normalise(typed);
            var phone = number.IsSuccess ? ContactPhone.Create(number.Value, field == ImportField.Mobile ? "mobile" : null, phones.Count == 0) : number.Error;
            if (!phone.IsSuccess)
            {
                Problem(field, ImportReason.Of(phone.Error, typed));
            }
            else if (!phones.Any(p => p.Number == phone.Value.Number))
            {
                phones.Add(phone.Value);
            }
        }

        var links = new List<ContactCompany>();
        if (Value(row, ImportField.Company) is { } company && CompanyKey(company) is { Length: > 0 } companyKey)
        {
            if (companies.TryGetValue(companyKey, out var companyId))
            {
                links.Add(ContactCompany.Create(companyId, null, true).Value);
            }
            else
            {
                Problem(ImportField.Company, new ImportReason(
                    $"'{company}' cannot be a company name: at most {CompanyDetails.NameMaxLength} characters.",
                    $"« {company} » ne peut pas être un nom d’entreprise : {CompanyDetails.NameMaxLength} caractères au plus."));
            }
        }

        var country = Value(row, ImportField.Country);
        var countryCode = CountryNames.CodeOf(country);
        if (country is not null && countryCode is null)
        {
            Problem(ImportField.Country, new ImportReason(
                $"'{country}' is not a country this import knows: give its name or its two-letter code (FR, BE…).",
                $"« {country} » n’est pas un pays que l’import connaît : donnez son nom ou son code à deux lettres (FR, BE…)."));
        }

        var address = PostalAddress.Create(
            Value(row, ImportField.Street), Value(row, ImportField.PostalCode), Value(row, ImportField.City), Value(row, ImportField.Region), countryCode);
        if (!address.IsSuccess)
        {
            Problem(ImportField.Street, ImportReason.Of(address.Error, null));
        }

        var stage = LifecycleStage.Lead;
        var stageText = Value(row, ImportField.LifecycleStage);
        if (stageText is not null && !LifecycleStages.TryRead(stageText, out stage))
        {
            Problem(ImportField.LifecycleStage, new ImportReason(
                $"'{stageText}' is not a lifecycle stage (subscriber, lead, MQL, SQL, opportunity, customer, evangelist, other).",
                $"« {stageText} » n’est pas une étape du cycle de vie (abonné, lead, MQL, SQL, opportunité, client, ambassadeur, autre)."));
        }

        var tags = Tags.Clean(Value(row, ImportField.Tags) is { } tagText ? tagText.Split(ListSeparators) : []);
        if (!tags.IsSuccess)
        {
            Problem(ImportField.Tags, ImportReason.Of(tags.Error, null));
        }

        var externalId = ExternalIds.Clean(Value(row, ImportField.ExternalId));
        if (externalId?.Length > ExternalIds.MaxLength)
        {
            Problem(ImportField.ExternalId, new ImportReason(
                $"An external id holds at most {ExternalIds.MaxLength} characters.",
                $"Un identifiant externe tient en {ExternalIds.MaxLength} caractères au plus."));
        }

        var note = _columns.TryGetValue(ImportField.Note, out var noteColumn) && noteColumn < row.Values.Count
            && ImportText.CleanKeepingLines(row.Values[noteColumn]) is { Length: > 0 } comment ? comment : null;
        if (note?.Length > Note.BodyMaxLength)
        {
            Problem(ImportField.Note, new ImportReason(
                $"A note holds at most {Note.BodyMaxLength} characters.",
                $"Une note tient en {Note.BodyMaxLength} caractères au plus."));
        }

        var custom = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (column, field) in _custom)
        {
            var typed = column < row.Values.Count ? ImportText.Clean(row.Values[column]) : null;
            var read = customValues.FromText(field, typed);
            if (!read.IsSuccess)
            {
                problems.Add(new RowProblem(row.Line, column < headers.Count ? headers[column] : string.Empty, ImportReason.Of(read.Error, typed)));
            }
            else if (read.Value is { } value)
            {
                custom[field.Key] = value;
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var values = new RowValues(
            first ?? string.Empty, last ?? string.Empty, Value(row, ImportField.JobTitle), emails, phones, links, address.Value,
            stageText is null ? null : stage, Value(row, ImportField.Source), tags.Value) { CustomFields = custom };

        // A row without a name can still update the contact it matches: only creating one needs a name. The rest is
        // checked now, under a stand-in name.
        var check = values.HasName ? values.ToDetails() : (values with { LastName = "-" }).ToDetails();
        if (!check.IsSuccess)
        {
            var field = check.Error.Code.StartsWith("contact.name", StringComparison.Ordinal) ? NameField
                : check.Error.Code == "contact.text_too_long" ? ImportField.JobTitle : ImportField.Email;
            Problem(field, ImportReason.Of(check.Error, null));
            return (null, problems);
        }

        return (new ImportedRow(row.Line, values, externalId, Header(NameField), note), problems);
    }

    private ImportField NameField =>
        _columns.ContainsKey(ImportField.LastName) ? ImportField.LastName : _columns.ContainsKey(ImportField.FirstName) ? ImportField.FirstName : ImportField.FullName;

    private string? Value(ImportRow row, ImportField field) =>
        _columns.TryGetValue(field, out var column) && column < row.Values.Count && ImportText.Clean(row.Values[column]) is { Length: > 0 } value ? value : null;

    private IEnumerable<(ImportField Field, string Value)> Values(ImportRow row, params ImportField[] fields) =>
        fields.Select(f => (Field: f, Value: Value(row, f))).Where(v => v.Value is not null).Select(v => (v.Field, v.Value!));

    private string Header(ImportField field) =>
        _columns.TryGetValue(field, out var column) && column < headers.Count ? headers[column] : string.Empty;

    private static string[] Split(string value) =>
        value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

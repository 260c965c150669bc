namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>Gathers the properties of one vCard into a row of the fixed vCard columns.</summary>
internal sealed class VCardContact
{
    private const int FirstName = 0;
    private const int LastName = 1;
    private const int FullName = 2;
    private const int Emails = 3;
    private const int Phones = 6;
    private const int Slots = 3;
    private const int Organisation = 9;
    private const int JobTitle = 10;
    private const int Street = 11;
    private const int City = 12;
    private const int Region = 13;
    private const int PostalCode = 14;
    private const int Country = 15;
    private const int Categories = 16;
    private const int Note = 17;
    private const int Uid = 18;

    private readonly string[] _values = [.. Headers.Select(_ => string.Empty)];
    private readonly List<(int Preference, string Value)> _emails = [];
    private readonly List<(int Preference, string Value)> _phones = [];
    private readonly List<string> _categories = [];
    private readonly List<string> _notes = [];
    private VCardProperty? _address;

    public static IReadOnlyList<string> Headers { get; } =
    [
        "First name", "Last name", "Full name", "Email 1", "Email 2", "Email 3", "Phone 1", "Phone 2", "Phone 3",
        "Organisation", "Job title", "Street", "City", "Region", "Postal code", "Country", "Categories", "Note", "UID",
    ];

    /// <summary>The name of the last property added, so that a vCard nested in a 2.1 AGENT can be told from a missing END.</summary>
    public string? LastPropertyName { get; private set; }

    public void Add(VCardProperty property)
    {
        LastPropertyName = property.Name;
        switch (property.Name)
        {
            case "N":
                var name = VCardText.Split(property.Value, ';');
                SetFirst(LastName, name[0]);
                SetFirst(FirstName, name.ElementAtOrDefault(1));
                break;
            case "FN":
                SetFirst(FullName, VCardText.Unescape(property.Value));
                break;
            case "EMAIL":
                AddRanked(_emails, property, "mailto:");
                break;
            case "TEL":
                AddRanked(_phones, property, "tel:");
                break;
            case "ORG":
                SetFirst(Organisation, VCardText.Split(property.Value, ';')[0]);
                break;
            case "TITLE":
                SetFirst(JobTitle, VCardText.Unescape(property.Value));
                break;
            case "ADR" when _address is null || property.Preference < _address.Preference:
                _address = property;
                break;
            case "CATEGORIES":
                _categories.AddRange(VCardText.Split(property.Value, ',').Where(c => c.Length > 0));
                break;
            case "NOTE":
                var note = VCardText.Unescape(property.Value);
                if (note.Length > 0)
                {
                    _notes.Add(note);
                }

                break;
            case "UID":
                SetFirst(Uid, VCardText.Unescape(property.Value));
                break;
        }
    }

    /// <summary>The row's values; null when the card holds none of the columns.</summary>
    public string[]? ToValues()
    {
        Fill(Emails, _emails);
        Fill(Phones, _phones);
        if (_address is not null)
        {
            // ADR: post office box; extended address; street; locality; region; postal code; country.
            var parts = VCardText.Split(_address.Value, ';');
            string Part(int index) => parts.ElementAtOrDefault(index) ?? string.Empty;
            _values[Street] = string.Join(", ", new[] { Part(2), Part(1) }.Where(p => p.Length > 0));
            _values[City] = Part(3);
            _values[Region] = Part(4);
            _values[PostalCode] = Part(5);
            _values[Country] = Part(6);
        }

        _values[Categories] = string.Join(", ", _categories);
        _values[Note] = string.Join("\n", _notes);
        return ImportColumns.AreAllEmpty(_values) ? null : _values;
    }

    private static void AddRanked(List<(int Preference, string Value)> values, VCardProperty property, string uriScheme)
    {
        var value = VCardText.Unescape(property.Value);
        if (value.StartsWith(uriScheme, StringComparison.OrdinalIgnoreCase))
        {
            value = value[uriScheme.Length..].Trim();
        }

        if (value.Length > 0)
        {
            values.Add((property.Preference, value));
        }
    }

    private void Fill(int first, List<(int Preference, string Value)> values)
    {
        // OrderBy is stable: values of the same preference keep the card's order.
        var ranked = values.OrderBy(v => v.Preference).Take(Slots).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            _values[first + i] = ranked[i].Value;
        }
    }

    private void SetFirst(int column, string? value)
    {
        if (_values[column].Length == 0 && value is not null)
        {
            _values[column] = value;
        }
    }
}

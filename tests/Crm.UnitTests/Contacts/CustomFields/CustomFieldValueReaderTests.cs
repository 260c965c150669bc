using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.Extensions.Options;

namespace Crm.UnitTests.Contacts.CustomFields;

/// <summary>Values typed in a cell of a French or English spreadsheet, read into their stored form.</summary>
internal sealed class CustomFieldValueReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private readonly CustomFieldValueReader _reader = new(new PhoneNumberReader(Options.Create(new ContactsOptions())).ToE164);

    [TestCase(CustomFieldType.Number, "1 234,5", "1234.5")]
    [TestCase(CustomFieldType.Number, "1234.5", "1234.5")]
    [TestCase(CustomFieldType.Money, "12,50 €", "12.50")]
    [TestCase(CustomFieldType.Date, "31/12/2026", "\"2026-12-31\"")]
    [TestCase(CustomFieldType.Date, "2026-12-31", "\"2026-12-31\"")]
    [TestCase(CustomFieldType.Bool, "Oui", "true")]
    [TestCase(CustomFieldType.Bool, "no", "false")]
    [TestCase(CustomFieldType.Url, "https://example.com/a", "\"https://example.com/a\"")]
    [TestCase(CustomFieldType.Phone, "06 12 34 56 78", "\"+33612345678\"")]
    [TestCase(CustomFieldType.Text, "  texte  ", "\"texte\"")]
    public void FromText_ReadsWhatPeopleType(CustomFieldType type, string typed, string storedJson)
    {
        var read = _reader.FromText(Field(type), typed);
        Assert.That(read.IsSuccess, Is.True, () => read.Error!.Message);
        Assert.That(JsonNode.DeepEquals(read.Value, JsonNode.Parse(storedJson)), Is.True, () => read.Value!.ToJsonString());
    }

    [TestCase(CustomFieldType.Number, "douze")]
    [TestCase(CustomFieldType.Money, "12.345")]
    [TestCase(CustomFieldType.Date, "2026-02-30")]
    [TestCase(CustomFieldType.Bool, "peut-être")]
    [TestCase(CustomFieldType.Url, "ftp://example.com")]
    [TestCase(CustomFieldType.Email, "not an email")]
    public void FromText_RefusesWhatIsNotOfTheType_NamingTheField(CustomFieldType type, string typed)
    {
        var read = _reader.FromText(Field(type), typed);
        Assert.That(read.IsSuccess, Is.False);
        Assert.That(read.Error!.Message, Does.Contain("'Field'"));
    }

    [Test]
    public void FromText_MultiSelect_TakesLabelsOrKeys_InTheOptionsOrder()
    {
        var field = Field(CustomFieldType.MultiSelect, "Data", "Cloud", "Sécurité");
        var read = _reader.FromText(field, "sécurité; data");
        Assert.That(read.Value!.ToJsonString(), Is.EqualTo("""["data","securite"]"""));
    }

    [Test]
    public void Apply_ClearsWithNull_KeepsWhatIsNotGiven_AndAsksForRequiredFields()
    {
        var required = CustomFieldDefinition.Define(CustomFieldEntity.Contact, "code", CustomFieldType.Text, new CustomFieldSettings("Code", true, false, [], null, null), Now).Value;
        var note = Field(CustomFieldType.Text);
        var stored = CustomFieldValues.Empty.With("code", JsonValue.Create("A1")).With(note.Key, JsonValue.Create("x"));

        var cleared = _reader.Apply(stored, Given(new JsonObject { [note.Key] = null }), [required, note], requireAll: true);
        var missing = _reader.Apply(stored, Given(new JsonObject { ["code"] = null }), [required, note], requireAll: true);

        Assert.That(cleared.Value.Json, Is.EqualTo("""{"code":"A1"}"""));
        Assert.That(missing.Error?.Code, Is.EqualTo("custom_field.required"));
    }

    private static Dictionary<string, System.Text.Json.JsonElement> Given(JsonObject json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(json.ToJsonString())!;

    private static CustomFieldDefinition Field(CustomFieldType type, params string[] options) =>
        CustomFieldDefinition.Define(
            CustomFieldEntity.Contact, "field", type,
            new CustomFieldSettings("Field", false, false, [.. options.Select(o => new CustomFieldOptionInput(null, o, false))], null, null), Now).Value;
}

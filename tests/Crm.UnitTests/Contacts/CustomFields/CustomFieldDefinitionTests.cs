using Crm.Shared.Kernel.CustomFields;

namespace Crm.UnitTests.Contacts.CustomFields;

internal sealed class CustomFieldDefinitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [TestCase("Date de résiliation", "date_de_resiliation")]
    [TestCase("  N° client ", "n_client")]
    [TestCase("2e contact", "f_2e_contact")]
    [TestCase("€€€", "field")]
    public void FromLabel_GivesAValidAsciiKey(string label, string key)
    {
        var made = CustomFieldKey.FromLabel(label);
        Assert.That(made, Is.EqualTo(key));
        Assert.That(CustomFieldKey.IsValid(made), Is.True);
    }

    [Test]
    public void Change_LeavingOutAnOption_RetiresIt_AndKeepsTheOthersKeys()
    {
        var field = Select("Segment", "PME", "ETI", "Grand compte");

        var changed = field.Change(Settings("Segment client", new CustomFieldOptionInput("pme", "Petites entreprises", false), new CustomFieldOptionInput(null, "Start-up", false)), Now);

        Assert.That(changed.IsSuccess, Is.True, () => changed.Error!.Message);
        Assert.That(field.Options, Is.EqualTo(new[]
        {
            new CustomFieldOption("pme", "Petites entreprises", false),
            new CustomFieldOption("start_up", "Start-up", false),
            new CustomFieldOption("eti", "ETI", true),
            new CustomFieldOption("grand_compte", "Grand compte", true),
        }));
        Assert.That(field.Label, Is.EqualTo("Segment client"));
    }

    [Test]
    public void Change_ANewOptionLabelledLikeARetiredKey_GetsAnotherKey()
    {
        var field = Select("Segment", "PME", "ETI");

        var changed = field.Change(Settings("Segment", new CustomFieldOptionInput("pme", "PME", false), new CustomFieldOptionInput(null, "ETI", false)), Now);

        Assert.That(changed.IsSuccess, Is.True, () => changed.Error!.Message);
        Assert.That(field.Options.Select(o => (o.Key, o.IsRetired)), Is.EqualTo(new[] { ("pme", false), ("eti_2", false), ("eti", true) }));
    }

    [Test]
    public void Change_RetiringEveryOption_IsRefused_AndChangesNothing()
    {
        var field = Select("Segment", "PME");

        var changed = field.Change(Settings("Other", new CustomFieldOptionInput("pme", "PME", true)), Now);

        Assert.That(changed.Error?.Code, Is.EqualTo("custom_field.options_required"));
        Assert.That(field.Label, Is.EqualTo("Segment"));
    }

    [TestCase(CustomFieldType.Bool, false)]
    [TestCase(CustomFieldType.MultiSelect, false)]
    [TestCase(CustomFieldType.Email, true)]
    public void Define_Unique_OnlyForTypesThatIdentifyARecord(CustomFieldType type, bool allowed)
    {
        var options = type == CustomFieldType.MultiSelect ? new[] { new CustomFieldOptionInput(null, "A", false) } : [];
        var field = CustomFieldDefinition.Define(CustomFieldEntity.Contact, "code", type, new CustomFieldSettings("Code", false, true, options, null, null), Now);
        Assert.That(field.IsSuccess, Is.EqualTo(allowed));
    }

    [Test]
    public void Define_Money_TakesEurosUnlessToldOtherwise_AndRefusesANonCode()
    {
        var euros = CustomFieldDefinition.Define(CustomFieldEntity.Contact, "budget", CustomFieldType.Money, new CustomFieldSettings("Budget", false, false, [], null, null), Now);
        var dollars = CustomFieldDefinition.Define(CustomFieldEntity.Contact, "budget", CustomFieldType.Money, new CustomFieldSettings("Budget", false, false, [], "usd", null), Now);
        var wrong = CustomFieldDefinition.Define(CustomFieldEntity.Contact, "budget", CustomFieldType.Money, new CustomFieldSettings("Budget", false, false, [], "euro", null), Now);
        Assert.That((euros.Value.Currency, dollars.Value.Currency, wrong.Error?.Code), Is.EqualTo(("EUR", "USD", "custom_field.currency_invalid")));
    }

    private static CustomFieldDefinition Select(string label, params string[] options) =>
        CustomFieldDefinition.Define(
            CustomFieldEntity.Contact,
            CustomFieldKey.FromLabel(label),
            CustomFieldType.SingleSelect,
            new CustomFieldSettings(label, false, false, [.. options.Select(o => new CustomFieldOptionInput(null, o, false))], null, null),
            Now).Value;

    private static CustomFieldSettings Settings(string label, params CustomFieldOptionInput[] options) => new(label, false, false, options, null, null);
}

using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CreateContact;
using Microsoft.Extensions.Options;

namespace Crm.UnitTests.Contacts;

internal sealed class CreateContactValidatorTests
{
    private readonly CreateContactValidator _validator = new(new PhoneNumberReader(Options.Create(new ContactsOptions())));

    [TestCase(null, null)]
    [TestCase("", "")]
    [TestCase("  ", " ")]
    public void Validate_WhenBothNamesBlank_FailsOnLastName(string? firstName, string? lastName)
    {
        var result = _validator.Validate(Command(firstName, lastName));

        Assert.That(result.IsValid, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { nameof(CreateContact.LastName) }));
            Assert.That(result.Errors[0].ErrorMessage, Is.EqualTo("Give a first name or a last name."));
        });
    }

    [TestCase("Ada", null)]
    [TestCase(null, "Lovelace")]
    public void Validate_WhenOneNameGiven_Passes(string? firstName, string? lastName)
    {
        var result = _validator.Validate(Command(firstName, lastName));

        Assert.That(result.IsValid, Is.True, () => string.Join("; ", result.Errors));
    }

    [Test]
    public void Validate_WhenEverythingWellFormed_Passes()
    {
        var command = Command(
            emails: [new EmailInput("ada@example.com", "work", true), new EmailInput("ada@home.example", null, false)],
            phones: [new PhoneInput("06 12 34 56 78", "mobile", true)],
            address: new AddressInput("12 rue de Rivoli", "75001", "Paris", null, "fr"),
            stage: LifecycleStage.Customer);

        var result = _validator.Validate(command);

        Assert.That(result.IsValid, Is.True, () => string.Join("; ", result.Errors));
    }

    [Test]
    public void Validate_WhenSecondEmailInvalid_FailsOnThatEmail()
    {
        var command = Command(emails: [new EmailInput("ada@example.com", null, true), new EmailInput("not-an-email", null, false)]);

        var result = _validator.Validate(command);

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Emails[1].Address" }));
    }

    [Test]
    public void Validate_WhenPhoneInvalid_FailsOnThatNumberWithAMessage()
    {
        var result = _validator.Validate(Command(phones: [new PhoneInput("123", null, false)]));

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo("Phones[0].Number"));
            Assert.That(result.Errors[0].ErrorMessage, Does.Contain("'123' is not a phone number"));
        });
    }

    [TestCase("XX")]
    [TestCase("FRA")]
    public void Validate_WhenCountryCodeUnknown_FailsOnAddressCountryCode(string countryCode)
    {
        var result = _validator.Validate(Command(address: new AddressInput(null, null, "Paris", null, countryCode)));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Address.CountryCode" }));
    }

    [Test]
    public void Validate_WhenLifecycleStageOutOfRange_FailsOnLifecycleStage()
    {
        var result = _validator.Validate(Command(stage: (LifecycleStage)42));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { nameof(CreateContact.LifecycleStage) }));
    }

    [Test]
    public void Validate_WhenFirstNameTooLong_FailsOnFirstName()
    {
        var result = _validator.Validate(Command(new string('a', 101)));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { nameof(CreateContact.FirstName) }));
    }

    [Test]
    public void Validate_WhenMoreThanTenPhones_FailsOnPhones()
    {
        var phones = Enumerable.Range(10, 11).Select(i => new PhoneInput($"06 12 34 56 {i}", null, false)).ToList();

        var result = _validator.Validate(Command(phones: phones));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Phones" }));
    }

    private static CreateContact Command(
        string? firstName = "Ada",
        string? lastName = "Lovelace",
        IReadOnlyList<EmailInput>? emails = null,
        IReadOnlyList<PhoneInput>? phones = null,
        AddressInput? address = null,
        LifecycleStage? stage = null) =>
        new(firstName, lastName, null, emails, phones, null, address, stage, null, null, null, IgnoreDuplicates: false);
}

using Crm.Modules.Contacts.Features.CreateContact;

namespace Crm.UnitTests.Contacts;

internal sealed class CreateContactValidatorTests
{
    private readonly CreateContactValidator _validator = new();

    [TestCase(null, null)]
    [TestCase("", "")]
    [TestCase("  ", " ")]
    public void Validate_WhenBothNamesBlank_FailsOnLastName(string? firstName, string? lastName)
    {
        var result = _validator.Validate(new CreateContact(firstName, lastName, null, null));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.PropertyName), Does.Contain(nameof(CreateContact.LastName)));
        Assert.That(result.Errors.Select(e => e.ErrorMessage), Does.Contain("Give a first name or a last name."));
    }

    [Test]
    public void Validate_WhenOnlyLastName_Passes()
    {
        var result = _validator.Validate(new CreateContact(null, "Lovelace", null, null));

        Assert.That(result.IsValid, Is.True, () => string.Join("; ", result.Errors));
    }

    [Test]
    public void Validate_WhenOnlyFirstName_Passes()
    {
        var result = _validator.Validate(new CreateContact("Ada", null, null, null));

        Assert.That(result.IsValid, Is.True, () => string.Join("; ", result.Errors));
    }

    [Test]
    public void Validate_WhenFirstNameTooLong_FailsOnFirstName()
    {
        var result = _validator.Validate(new CreateContact(new string('a', 101), "Lovelace", null, null));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { nameof(CreateContact.FirstName) }));
    }

    [Test]
    public void Validate_WhenEmailLongerThan254_FailsOnEmail()
    {
        var result = _validator.Validate(new CreateContact("Ada", "Lovelace", new string('a', 255), null));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { nameof(CreateContact.Email) }));
    }
}

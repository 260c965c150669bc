using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts;

internal sealed class ContactTests
{
    // 10:15:30.1234567 at +02:00: not UTC and finer than a millisecond.
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 5, 4, 10, 15, 30, 123, TimeSpan.FromHours(2)).AddTicks(4_567);
    private static readonly DateTimeOffset NowStored = new(2026, 5, 4, 8, 15, 30, 123, TimeSpan.Zero);

    [Test]
    public void Create_WhenNamesArePadded_TrimsThem()
    {
        var contact = Contact.Create("  Ada ", "\tLovelace\n", null, Owner, Now).Value;

        Assert.Multiple(() =>
        {
            Assert.That(contact.FirstName, Is.EqualTo("Ada"));
            Assert.That(contact.LastName, Is.EqualTo("Lovelace"));
        });
    }

    [TestCase("Ada", "", "Ada", "")]
    [TestCase("", "Lovelace", "", "Lovelace")]
    [TestCase("   ", " Lovelace", "", "Lovelace")]
    public void Create_WhenOnlyOneNameGiven_Succeeds(string firstName, string lastName, string expectedFirst, string expectedLast)
    {
        var result = Contact.Create(firstName, lastName, null, Owner, Now);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value.FirstName, Is.EqualTo(expectedFirst));
            Assert.That(result.Value.LastName, Is.EqualTo(expectedLast));
        });
    }

    [TestCase("", "")]
    [TestCase("  ", "\t")]
    [TestCase(null, null)]
    public void Create_WhenBothNamesBlank_FailsWithNameRequired(string? firstName, string? lastName)
    {
        var result = Contact.Create(firstName!, lastName!, null, Owner, Now);

        AssertValidationError(result, "contact.name_required");
    }

    [Test]
    public void Create_WhenNameHasMaxLength_Succeeds()
    {
        var name = new string('a', Contact.NameMaxLength);

        var result = Contact.Create(name, $"  {name}  ", null, Owner, Now);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.LastName, Has.Length.EqualTo(100));
    }

    [TestCase(101, 0)]
    [TestCase(0, 101)]
    public void Create_WhenNameLongerThan100_FailsWithNameTooLong(int firstLength, int lastLength)
    {
        var result = Contact.Create(new string('a', firstLength), new string('b', lastLength), null, Owner, Now);

        Assert.That(Contact.NameMaxLength, Is.EqualTo(100));
        AssertValidationError(result, "contact.name_too_long");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Create_WhenEmailMissingOrBlank_HasNoEmail(string? email)
    {
        var result = Contact.Create("Ada", "Lovelace", email, Owner, Now);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.Email, Is.Null);
    }

    [Test]
    public void Create_WhenEmailValid_KeepsItTrimmed()
    {
        var contact = Contact.Create("Ada", "Lovelace", " ada@example.com ", Owner, Now).Value;

        Assert.That(contact.Email?.Value, Is.EqualTo("ada@example.com"));
    }

    [Test]
    public void Create_WhenEmailInvalid_FailsWithEmailInvalid()
    {
        var result = Contact.Create("Ada", "Lovelace", "not-an-email", Owner, Now);

        AssertValidationError(result, "contact.email_invalid");
    }

    [Test]
    public void Create_WhenValid_StoresCreatedTimeAtStoredPrecisionAndNoUpdate()
    {
        var contact = Contact.Create("Ada", "Lovelace", null, Owner, Now).Value;

        Assert.Multiple(() =>
        {
            Assert.That(contact.CreatedAtUtc, Is.EqualTo(NowStored));
            Assert.That(contact.CreatedAtUtc.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(contact.UpdatedAtUtc, Is.Null);
            Assert.That(contact.Id.Value, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public void Create_WhenValid_RaisesOneContactCreatedWithIdAndCreatedTime()
    {
        var contact = Contact.Create("Ada", "Lovelace", null, Owner, Now).Value;

        Assert.That(contact.DomainEvents, Has.Count.EqualTo(1));
        var created = contact.DomainEvents.Single() as ContactCreated;
        Assert.That(created, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(created!.ContactId, Is.EqualTo(contact.Id));
            Assert.That(created.OccurredAtUtc, Is.EqualTo(contact.CreatedAtUtc));
            Assert.That(created.OccurredAtUtc, Is.EqualTo(NowStored));
        });
    }

    [Test]
    public void Create_WhenCalledTwice_GivesDistinctIds()
    {
        var first = Contact.Create("Ada", "Lovelace", null, Owner, Now).Value;
        var second = Contact.Create("Ada", "Lovelace", null, Owner, Now).Value;

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public void UpdateDetails_WhenValid_ChangesFieldsAndSetsUpdatedTime()
    {
        var contact = Contact.Create("Ada", "Lovelace", "ada@example.com", Owner, Now).Value;
        var later = Now.AddMinutes(5).AddTicks(42);

        var result = contact.UpdateDetails(" Grace ", " Hopper ", "grace@example.com", later);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.Multiple(() =>
        {
            Assert.That(contact.FirstName, Is.EqualTo("Grace"));
            Assert.That(contact.LastName, Is.EqualTo("Hopper"));
            Assert.That(contact.Email?.Value, Is.EqualTo("grace@example.com"));
            Assert.That(contact.UpdatedAtUtc, Is.EqualTo(NowStored.AddMinutes(5)));
            Assert.That(contact.CreatedAtUtc, Is.EqualTo(NowStored));
        });
    }

    [Test]
    public void UpdateDetails_WhenEmailBlank_RemovesTheEmail()
    {
        var contact = Contact.Create("Ada", "Lovelace", "ada@example.com", Owner, Now).Value;

        var result = contact.UpdateDetails("Ada", "Lovelace", " ", Now);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(contact.Email, Is.Null);
    }

    [TestCase("", "", null, "contact.name_required")]
    [TestCase("Grace", "", "not-an-email", "contact.email_invalid")]
    [TestCase("", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", null, "contact.name_too_long")]
    public void UpdateDetails_WhenInvalid_FailsAndLeavesContactUnchanged(string firstName, string lastName, string? email, string expectedCode)
    {
        var contact = Contact.Create("Ada", "Lovelace", "ada@example.com", Owner, Now).Value;

        var result = contact.UpdateDetails(firstName, lastName, email, Now.AddMinutes(1));

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(contact.FirstName, Is.EqualTo("Ada"));
            Assert.That(contact.LastName, Is.EqualTo("Lovelace"));
            Assert.That(contact.Email?.Value, Is.EqualTo("ada@example.com"));
            Assert.That(contact.UpdatedAtUtc, Is.Null);
        });
    }

    private static void AssertValidationError(Result<Contact> result, string expectedCode)
    {
        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }
}

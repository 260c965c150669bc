using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts;

internal sealed class ContactDetailsTests
{
    [Test]
    public void Create_WhenTextsPadded_TrimsThemAndDropsBlanks()
    {
        var details = Details(" Ada ", "\tLovelace\n", jobTitle: "  Analyst ", source: "   ").Value;

        Assert.Multiple(() =>
        {
            Assert.That(details.FirstName, Is.EqualTo("Ada"));
            Assert.That(details.LastName, Is.EqualTo("Lovelace"));
            Assert.That(details.JobTitle, Is.EqualTo("Analyst"));
            Assert.That(details.Source, Is.Null);
        });
    }

    [TestCase("Ada", null)]
    [TestCase(null, "Lovelace")]
    [TestCase("  ", "Lovelace")]
    public void Create_WhenOnlyOneNameGiven_Succeeds(string? firstName, string? lastName)
    {
        var result = Details(firstName, lastName);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
    }

    [TestCase(null, null)]
    [TestCase("", "")]
    [TestCase("  ", "\t")]
    public void Create_WhenBothNamesBlank_FailsWithNameRequired(string? firstName, string? lastName)
    {
        AssertFails(Details(firstName, lastName), "contact.name_required");
    }

    [Test]
    public void Create_WhenNameHasMaxLengthOncePadded_Succeeds()
    {
        var name = new string('a', ContactDetails.NameMaxLength);

        var result = Details(name, $"  {name}  ");

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.LastName, Has.Length.EqualTo(100));
    }

    [TestCase(101, 0)]
    [TestCase(0, 101)]
    public void Create_WhenNameLongerThan100_FailsWithNameTooLong(int firstLength, int lastLength)
    {
        AssertFails(Details(new string('a', firstLength), new string('b', lastLength)), "contact.name_too_long");
    }

    [TestCase(101, 0)]
    [TestCase(0, 101)]
    public void Create_WhenJobTitleOrSourceLongerThan100_FailsWithTextTooLong(int titleLength, int sourceLength)
    {
        var result = Details(jobTitle: new string('t', titleLength), source: new string('s', sourceLength));

        AssertFails(result, "contact.text_too_long");
    }

    [Test]
    public void Create_WhenLifecycleStageOutOfRange_FailsWithStageInvalid()
    {
        AssertFails(Details(stage: (LifecycleStage)42), "contact.lifecycle_stage_invalid");
    }

    [Test]
    public void Create_WhenNoEmailMarkedPrimary_MakesTheFirstPrimary()
    {
        var details = Details(emails: [Email("ada@example.com"), Email("ada@home.example")]).Value;

        Assert.That(details.Emails.Select(e => e.IsPrimary), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Create_WhenSecondEmailMarkedPrimary_KeepsThatOne()
    {
        var details = Details(emails: [Email("ada@example.com"), Email("ada@home.example", primary: true)]).Value;

        Assert.That(details.Emails.Select(e => e.IsPrimary), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void Create_WhenTwoEmailsMarkedPrimary_FailsWithSeveralPrimary()
    {
        var result = Details(emails: [Email("ada@example.com", primary: true), Email("ada@home.example", primary: true)]);

        AssertFails(result, "contact.several_primary_emails");
    }

    [Test]
    public void Create_WhenSameEmailTwiceInAnotherCase_FailsWithEmailRepeated()
    {
        var result = Details(emails: [Email("ada@example.com"), Email("ADA@Example.com")]);

        AssertFails(result, "contact.email_repeated");
    }

    [Test]
    public void Create_WhenMoreThanTenEmails_FailsWithTooManyEmails()
    {
        var emails = Enumerable.Range(1, 11).Select(i => Email($"ada{i}@example.com")).ToList();

        AssertFails(Details(emails: emails), "contact.too_many_emails");
    }

    [Test]
    public void Create_WhenNoPhoneMarkedPrimary_MakesTheFirstPrimary()
    {
        var details = Details(phones: [Phone("+33612345678"), Phone("+3225551212")]).Value;

        Assert.That(details.Phones.Select(p => p.IsPrimary), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Create_WhenTwoPhonesMarkedPrimary_FailsWithSeveralPrimary()
    {
        var result = Details(phones: [Phone("+33612345678", primary: true), Phone("+3225551212", primary: true)]);

        AssertFails(result, "contact.several_primary_phones");
    }

    [Test]
    public void Create_WhenSamePhoneTwice_FailsWithPhoneRepeated()
    {
        var result = Details(phones: [Phone("+33612345678", "mobile"), Phone("+33612345678", "office")]);

        AssertFails(result, "contact.phone_repeated");
    }

    [Test]
    public void Create_WhenMoreThanTenPhones_FailsWithTooManyPhones()
    {
        var phones = Enumerable.Range(10, 11).Select(i => Phone($"+336123456{i}")).ToList();

        AssertFails(Details(phones: phones), "contact.too_many_phones");
    }

    [Test]
    public void Create_WhenTagsGiven_KeepsThemCleaned()
    {
        var details = Details(tags: [" VIP ", "vip", "trade   show", "", "Trade Show"]).Value;

        Assert.That(details.Tags, Is.EqualTo(new[] { "VIP", "trade show" }));
    }

    [Test]
    public void Create_WhenTagInvalid_FailsWithTagInvalid()
    {
        AssertFails(Details(tags: [new string('x', 51)]), "tag.invalid");
    }

    private static Result<ContactDetails> Details(
        string? firstName = "Ada",
        string? lastName = "Lovelace",
        string? jobTitle = null,
        IReadOnlyList<ContactEmail>? emails = null,
        IReadOnlyList<ContactPhone>? phones = null,
        LifecycleStage stage = LifecycleStage.Lead,
        string? source = null,
        IReadOnlyList<string>? tags = null) =>
        ContactDetails.Create(firstName, lastName, jobTitle, emails ?? [], phones ?? [], [], PostalAddress.None, stage, source, tags ?? []);

    private static ContactEmail Email(string address, bool primary = false) => ContactEmail.Create(address, null, primary).Value;

    private static ContactPhone Phone(string e164, string? label = null, bool primary = false) =>
        ContactPhone.Create(PhoneNumber.FromE164(e164).Value, label, primary).Value;

    private static void AssertFails(Result<ContactDetails> result, string expectedCode)
    {
        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }
}

using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts;

internal sealed class EmailAddressTests
{
    [TestCase("a@b.co")]
    [TestCase("ada.lovelace@example.com")]
    [TestCase("first+tag@sub.example.org")]
    public void Create_WhenAddressValid_KeepsIt(string value)
    {
        var result = EmailAddress.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.Value, Is.EqualTo(value));
    }

    [Test]
    public void Create_WhenAddressPadded_TrimsIt()
    {
        var result = EmailAddress.Create(" spaced@x.io ");

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value.Value, Is.EqualTo("spaced@x.io"));
            Assert.That(result.Value.ToString(), Is.EqualTo("spaced@x.io"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("no-at")]
    [TestCase("a@b")]
    [TestCase("@example.com")]
    [TestCase("a@@example.com")]
    [TestCase("two words@example.com")]
    [TestCase("Ada <ada@example.com>")]
    public void Create_WhenAddressInvalid_FailsWithEmailInvalid(string? value)
    {
        var result = EmailAddress.Create(value);

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo("contact.email_invalid"));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }

    [Test]
    public void Create_WhenLongerThan254Characters_Fails()
    {
        var local = new string('a', 64);
        var tooLong = $"{local}@{new string('b', 63)}.{new string('c', 63)}.{new string('d', 63)}.io";
        Assert.That(tooLong, Has.Length.GreaterThan(EmailAddress.MaxLength));

        var result = EmailAddress.Create(tooLong);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Code, Is.EqualTo("contact.email_invalid"));
    }

    [Test]
    public void Equality_WhenSameAddress_IsEqual()
    {
        Assert.That(EmailAddress.Create("a@b.co").Value, Is.EqualTo(EmailAddress.Create(" a@b.co").Value));
    }
}

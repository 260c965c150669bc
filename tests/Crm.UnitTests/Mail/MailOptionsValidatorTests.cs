using Crm.Shared.Infrastructure.Mail;

namespace Crm.UnitTests.Mail;

internal sealed class MailOptionsValidatorTests
{
    [Test]
    public void Validate_WhenNothingIsSet_SucceedsAndMailIsOff()
    {
        var options = new MailOptions();

        Assert.Multiple(() =>
        {
            Assert.That(new MailOptionsValidator().Validate(null, options).Succeeded, Is.True);
            Assert.That(options.IsConfigured, Is.False);
        });
    }

    [Test]
    public void Validate_WhenAHostAndAFromAddressAreSet_SucceedsAndMailIsOn()
    {
        var options = new MailOptions { Host = "smtp.example.fr", FromAddress = "crm@example.fr", UserName = "crm", Password = "secret" };

        Assert.Multiple(() =>
        {
            Assert.That(new MailOptionsValidator().Validate(null, options).Succeeded, Is.True);
            Assert.That(options.IsConfigured, Is.True);
        });
    }

    [TestCase("smtp.example.fr", null, 587, null, null, "FromAddress together")]
    [TestCase(null, "crm@example.fr", 587, null, null, "FromAddress together")]
    [TestCase("smtp.example.fr", "pas une adresse", 587, null, null, "FromAddress is not")]
    [TestCase("smtp.example.fr", "crm@example.fr", 0, null, null, "Port")]
    [TestCase("smtp.example.fr", "crm@example.fr", 587, "crm", null, "UserName and Password")]
    public void Validate_WhenTheSettingsCannotWork_SaysWhich(string? host, string? from, int port, string? userName, string? password, string expected)
    {
        var options = new MailOptions { Host = host, FromAddress = from, Port = port, UserName = userName, Password = password };

        var result = new MailOptionsValidator().Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain(expected));
    }
}

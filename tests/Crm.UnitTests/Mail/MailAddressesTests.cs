using Crm.Shared.Infrastructure.Mail;

namespace Crm.UnitTests.Mail;

internal sealed class MailAddressesTests
{
    [TestCase("anne@client.fr")]
    [TestCase(" anne.dupre+devis@sous.domaine.fr ")]
    [TestCase("o'brien@example.ie")]
    public void IsValid_WhenABareAddress_IsTrue(string address) => Assert.That(MailAddresses.IsValid(address), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("anne")]
    [TestCase("anne@")]
    [TestCase("@client.fr")]
    [TestCase("anne @client.fr")]
    [TestCase("Anne <anne@client.fr>")]
    [TestCase("anne@client.fr, bruno@client.fr")]
    [TestCase("équipe: anne@client.fr;")]
    public void IsValid_WhenNotOneBareAddress_IsFalse(string? text) => Assert.That(MailAddresses.IsValid(text), Is.False);

    [Test]
    public void IsValid_WhenLongerThanAnAddressCanBe_IsFalse() =>
        Assert.That(MailAddresses.IsValid(new string('a', 250) + "@x.fr"), Is.False);
}

using Crm.Shared.Infrastructure.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Crm.UnitTests.Mail;

internal sealed class MailKitMailSenderTests
{
    [Test]
    public async Task SendAsync_WhenNoServerIsSetUp_RefusesWithoutConnecting()
    {
        var sender = new MailKitMailSender(Options.Create(new MailOptions { Host = " ", FromAddress = "crm@example.fr" }), NullLogger<MailKitMailSender>.Instance);

        var sent = await sender.SendAsync(new OutgoingMail(["anne@client.fr"], [], "Devis", "Bonjour"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sender.IsConfigured, Is.False);
            Assert.That(sent.Error, Is.EqualTo(MailErrors.NotConfigured));
        });
    }
}

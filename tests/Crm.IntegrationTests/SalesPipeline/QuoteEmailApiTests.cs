using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using UglyToad.PdfPig;

namespace Crm.IntegrationTests.SalesPipeline;

/// <summary>
/// Quotes emailed with their PDF through a real SMTP server started in the tests' process, by a host on the shared
/// database whose <c>Mail</c> settings point at it (the shared app itself has no mail settings).
/// </summary>
internal sealed class QuoteEmailApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string From = "ventes@acme.test";
    private SmtpTestServer _smtp = null!;

    [OneTimeSetUp]
    public async Task StartSmtpServer() => _smtp = await SmtpTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopSmtpServer() => await _smtp.DisposeAsync();

    [SetUp]
    public void ForgetReceivedMail() => _smtp.Clear();

    [Test]
    public async Task EmailingADraft_SendsItsPdfToTheRecipients_InTheQuotesLanguage_AndMarksItSent()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var quote = await DraftAsync(client);

        var response = await EmailAsync(client, quote, new { to = new[] { "anne@client.test", " bruno@client.test " }, cc = new[] { "chef@acme.test", "anne@client.test" } });
        var emailed = await response.ReadOk<QuoteDto>();

        var mail = _smtp.Received.Single();
        var attachment = mail.Message.Attachments.OfType<MimePart>().Single();
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        var pdf = content.ToArray();
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(mail.Message.From.Mailboxes.Select(m => (m.Name, m.Address)), Is.EqualTo(new[] { ("Acme Ventes", From) }));
            Assert.That(mail.Message.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "anne@client.test", "bruno@client.test" }));
            Assert.That(mail.Message.Cc.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "chef@acme.test" }));
            Assert.That(mail.EnvelopeTo, Is.EquivalentTo(new[] { "anne@client.test", "bruno@client.test", "chef@acme.test" }));
            Assert.That(mail.Message.Subject, Is.EqualTo($"Devis {quote.DisplayNumber} – Acme Logiciels"));
            Assert.That(mail.Message.TextBody, Does.Contain($"notre devis {quote.DisplayNumber} (Caisse enregistreuse)").And.Contain("Acme Logiciels"));
            Assert.That((attachment.FileName, attachment.ContentType.MimeType), Is.EqualTo(($"{quote.DisplayNumber}.pdf", "application/pdf")));
            Assert.That(System.Text.Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
            Assert.That(text, Does.Contain("DEVIS").And.Contain(quote.DisplayNumber).And.Contain("Caisse tactile"));
            Assert.That((emailed.Status, emailed.LastEmailedTo, emailed.Version), Is.EqualTo(("Sent", "anne@client.test, bruno@client.test, chef@acme.test", quote.Version + 1)));
            Assert.That(emailed.SentAtUtc, Is.Not.Null);
            Assert.That(emailed.LastEmailedAtUtc, Is.EqualTo(emailed.SentAtUtc));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{emailed.Version}\""));
        });
    }

    [Test]
    public async Task ASentQuote_IsEmailedAgain_WithTheSubjectAndMessageGiven_AndStaysAsSent()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var sent = await ActAsync(client, await DraftAsync(client, language: "en"), "send");

        var emailed = await (await EmailAsync(client, sent, new { to = new[] { "anne@client.test" }, subject = "Our offer", message = "Here it is.\nBest," })).ReadOk<QuoteDto>();

        var mail = _smtp.Received.Single();
        using var document = PdfDocument.Open(await PdfOfAsync(mail));
        Assert.Multiple(() =>
        {
            Assert.That((mail.Message.Subject, mail.Message.TextBody!.ReplaceLineEndings("\n").TrimEnd()), Is.EqualTo(("Our offer", "Here it is.\nBest,")));
            Assert.That(string.Join("\n", document.GetPages().Select(p => p.Text)), Does.Contain("QUOTE").And.Contain(sent.DisplayNumber));
            Assert.That((emailed.Status, emailed.SentAtUtc, emailed.LastEmailedTo), Is.EqualTo(("Sent", sent.SentAtUtc, "anne@client.test")));
        });
    }

    [Test]
    public async Task TheDefaultSubjectAndMessage_AreInEnglish_ForAnEnglishQuote()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var quote = await DraftAsync(client, language: "en");

        await (await EmailAsync(client, quote, new { to = new[] { "anne@client.test" }, subject = " ", message = "" })).ReadOk<QuoteDto>();

        var mail = _smtp.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.Message.Subject, Is.EqualTo($"Quote {quote.DisplayNumber} – Acme Logiciels"));
            Assert.That(mail.Message.TextBody, Does.Contain($"Please find attached our quote {quote.DisplayNumber}"));
        });
    }

    [Test]
    public async Task ADeclinedQuote_IsNotEmailed()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var declined = await ActAsync(client, await ActAsync(client, await DraftAsync(client), "send"), "decline");

        await (await EmailAsync(client, declined, new { to = new[] { "anne@client.test" } })).AssertProblem(HttpStatusCode.Conflict, "quote.not_emailable");
        Assert.That(_smtp.Received, Is.Empty);
    }

    [Test]
    public async Task WithoutMailSettings_EmailingIsRefused_AndTheQuoteStaysADraft()
    {
        await SetUpSellerAsync(Client);
        var quote = await DraftAsync(Client);

        await (await EmailAsync(Client, quote, new { to = new[] { "anne@client.test" } })).AssertProblem(HttpStatusCode.UnprocessableEntity, "mail.not_configured");
        await AssertUnchangedAsync(Client, quote);
    }

    [Test]
    public async Task WithoutTheSellersMentions_NothingIsEmailed()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        var quote = await DraftAsync(client);

        await (await EmailAsync(client, quote, new { to = new[] { "anne@client.test" } })).AssertProblem(HttpStatusCode.UnprocessableEntity, "seller.not_set_up");
        Assert.That(_smtp.Received, Is.Empty);
        await AssertUnchangedAsync(client, quote);
    }

    [Test]
    public async Task WhenTheMailServerIsDown_TheProblemSaysSo_AndTheQuoteStaysADraft()
    {
        await using var app = MailApp(LoopbackPorts.Free());
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var quote = await DraftAsync(client);

        var problem = await (await EmailAsync(client, quote, new { to = new[] { "anne@client.test" } })).AssertProblem(HttpStatusCode.ServiceUnavailable, "mail.send_failed");

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("refused the connection"));
        await AssertUnchangedAsync(client, quote);
    }

    [Test]
    public async Task WhenTheMailServerRefusesARecipient_NothingIsSent_AndTheQuoteStaysADraft()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var quote = await DraftAsync(client);

        var problem = await (await EmailAsync(client, quote, new { to = new[] { "anne@client.test", $"nobody@{SmtpTestServer.RefusedDomain}" } }))
            .AssertProblem(HttpStatusCode.ServiceUnavailable, "mail.send_failed");

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain($"refused the recipient nobody@{SmtpTestServer.RefusedDomain}"));
        Assert.That(_smtp.Received, Is.Empty);
        await AssertUnchangedAsync(client, quote);
    }

    [TestCase("""{"to":["pas-une-adresse"],"cc":["x@"]}""", "to[0]", "cc[0]")]
    [TestCase("""{"to":[],"subject":"Ligne 1\nLigne 2"}""", "to", "subject")]
    [TestCase("""{"cc":["Anne <anne@client.test>"]}""", "to", "cc[0]")]
    public async Task BadAddresses_AreRefusedFieldByField(string body, string field, string otherField)
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var quote = await DraftAsync(client);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.Id}/email") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.ParseAdd($"\"{quote.Version}\"");
        var problem = await (await client.SendAsync(request)).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");

        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { field, otherField }));
        Assert.That(_smtp.Received, Is.Empty);
    }

    [Test]
    public async Task AQuoteOnADealOutOfSight_IsNotFound()
    {
        await using var app = MailApp(_smtp.Port);
        using var admin = await SignedInAsync(app);
        await SetUpSellerAsync(admin);
        await (await admin.PutAsJsonAsync("/api/v1/visibility-rules/deals", new { scope = "own" })).ReadOk<object>();
        await Users.Create(app, "rep@example.com", "SalesRep");
        var quote = await DraftAsync(admin);
        using var rep = app.CreateClient();
        (await Session.SignIn(rep, "rep@example.com", Users.Password)).EnsureSuccessStatusCode();

        await (await EmailAsync(rep, quote, new { to = new[] { "anne@client.test" } })).AssertProblem(HttpStatusCode.NotFound, "quote.not_found");
        Assert.That(_smtp.Received, Is.Empty);
        await AssertUnchangedAsync(admin, quote);
    }

    [Test]
    public async Task AStaleVersion_IsRefused_AndNoVersionAtAllToo()
    {
        await using var app = MailApp(_smtp.Port);
        using var client = await SignedInAsync(app);
        await SetUpSellerAsync(client);
        var quote = await DraftAsync(client);

        await (await EmailAsync(client, quote with { Version = quote.Version + 1 }, new { to = new[] { "anne@client.test" } })).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var unversioned = await client.PostAsJsonAsync($"/api/v1/quotes/{quote.Id}/email", new { to = new[] { "anne@client.test" } });
        Assert.That(unversioned.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
        Assert.That(_smtp.Received, Is.Empty);
        await AssertUnchangedAsync(client, quote);
    }

    /// <summary>A host on the shared database sending its mail to 127.0.0.1:<paramref name="port"/>, without TLS or sign-in.</summary>
    private WebApplicationFactory<Program> MailApp(int port) => App.WithWebHostBuilder(b => b
        .UseSetting("Mail:Host", "127.0.0.1")
        .UseSetting("Mail:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Mail:Security", "None")
        .UseSetting("Mail:Timeout", "00:00:10")
        .UseSetting("Mail:FromAddress", From)
        .UseSetting("Mail:FromName", "Acme Ventes"));

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<QuoteDto> DraftAsync(HttpClient client, string language = "fr")
    {
        var deal = await (await client.PostAsJsonAsync("/api/v1/deals", new { name = "Caisse enregistreuse" })).ReadOk<DealDto>(HttpStatusCode.Created);
        return await (await client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/quotes", new
        {
            language,
            lines = new[] { new { description = "Caisse tactile", unitPrice = 1290, vatRate = 20 } },
        })).ReadOk<QuoteDto>(HttpStatusCode.Created);
    }

    private static async Task SetUpSellerAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/sales-settings/seller")
        {
            Content = JsonContent.Create(new { name = "Acme Logiciels", address = "12 avenue de l'Opéra\n75001 Paris", siret = "732 829 320 00074", vatNumber = "FR 44 732829320" }),
        };
        request.Headers.IfMatch.ParseAdd("*");
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static Task<HttpResponseMessage> EmailAsync(HttpClient client, QuoteDto quote, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.Id}/email") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{quote.Version}\"");
        return client.SendAsync(request);
    }

    private static async Task<QuoteDto> ActAsync(HttpClient client, QuoteDto quote, string action)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.Id}/{action}");
        request.Headers.IfMatch.ParseAdd($"\"{quote.Version}\"");
        return await (await client.SendAsync(request)).ReadOk<QuoteDto>();
    }

    private static async Task AssertUnchangedAsync(HttpClient client, QuoteDto quote)
    {
        var now = await client.GetFromJsonAsync<QuoteDto>($"/api/v1/quotes/{quote.Id}");
        Assert.That((now!.Status, now.Version, now.LastEmailedAtUtc), Is.EqualTo((quote.Status, quote.Version, (DateTimeOffset?)null)));
    }

    private static async Task<byte[]> PdfOfAsync(ReceivedMail mail)
    {
        using var content = new MemoryStream();
        await mail.Message.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(content);
        return content.ToArray();
    }
}

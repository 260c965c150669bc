using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Crm.IntegrationTests.Activities;

internal sealed class AppointmentInvitationTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private SmtpTestServer _smtp = null!;

    [OneTimeSetUp]
    public async Task StartSmtpServer() => _smtp = await SmtpTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopSmtpServer() => await _smtp.DisposeAsync();

    [SetUp]
    public void ForgetReceivedMail() => _smtp.Clear();

    [Test]
    public async Task AContactIsInvited_WithAnICalendarRequest_AndToldWhenTheMeetingIsCancelled()
    {
        await using var app = MailApp();
        using var client = await SignedInAsync(app);
        var contactId = await CreateContactAsync(client, "Riboud", "anne.riboud@client.example");
        var silentId = await CreateContactAsync(client, "Sansmail", null);

        var created = await client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Revue du contrat", timeZone = "Europe/Paris", start = "2026-12-01T16:00", end = "2026-12-01T17:00", location = "Siège",
            contactIds = new[] { contactId, silentId },
        });
        var meeting = await created.ReadOk<JsonElement>(HttpStatusCode.Created);

        Assert.That(Outcomes(meeting), Is.EquivalentTo(new[] { (contactId, true, (string?)null), (silentId, false, "contact.no_email") }));
        var mail = _smtp.Received.Single();
        var request = Invitation(mail.Message, out var contentType);
        var invitation = request.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mail.EnvelopeTo, Is.EqualTo(new[] { "anne.riboud@client.example" }));
            Assert.That(mail.Message.Subject, Does.StartWith("Invitation : Revue du contrat – mardi 1 décembre 2026 à 16:00"));
            Assert.That(contentType.Parameters["method"], Is.EqualTo("REQUEST"));
            Assert.That(request.Method, Is.EqualTo("REQUEST"));
            Assert.That(invitation.Uid, Is.EqualTo($"{meeting.GetProperty("id").GetGuid()}@crm"));
            Assert.That(invitation.DtStart!.AsUtc, Is.EqualTo(new DateTime(2026, 12, 1, 15, 0, 0)));
            Assert.That(invitation.Organizer?.Value?.ToString(), Is.EqualTo($"mailto:{CrmApp.Administrator.Email}"));
            Assert.That(invitation.Attendees.Select(a => a.Value?.ToString()), Does.Contain("mailto:anne.riboud@client.example"));
            Assert.That(invitation.Sequence, Is.Zero);
        });

        _smtp.Clear();
        var cancel = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}/cancel");
        cancel.Headers.IfMatch.ParseAdd($"\"{meeting.GetProperty("version").GetInt32()}\"");
        (await (await client.SendAsync(cancel)).ReadOk<JsonElement>()).GetProperty("status").GetString();

        var cancellation = Invitation(_smtp.Received.Single().Message, out var cancelType);
        Assert.Multiple(() =>
        {
            Assert.That((cancellation.Method, cancelType.Parameters["method"]), Is.EqualTo(("CANCEL", "CANCEL")));
            Assert.That(cancellation.Events.Single().Status, Is.EqualTo("CANCELLED"));
            Assert.That(cancellation.Events.Single().Sequence, Is.EqualTo(1), "a later SEQUENCE replaces the invitation");
        });
    }

    [Test]
    public async Task WithoutMailSettings_TheMeetingIsSaved_AndTheOutcomeSaysWhy()
    {
        var contactId = await CreateContactAsync(Client, "Riboud", "anne.riboud@client.example");
        var meeting = await (await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Démo", timeZone = "Europe/Paris", start = "2026-12-01T16:00", end = "2026-12-01T17:00", contactIds = new[] { contactId },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);

        Assert.That(Outcomes(meeting), Is.EqualTo(new[] { (contactId, false, (string?)"mail.not_configured") }));
        Assert.That((await Client.GetAsync($"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SendInvitationsFalse_SendsNothing()
    {
        await using var app = MailApp();
        using var client = await SignedInAsync(app);
        var contactId = await CreateContactAsync(client, "Riboud", "anne.riboud@client.example");
        var meeting = await (await client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Démo", timeZone = "Europe/Paris", start = "2026-12-01T16:00", end = "2026-12-01T17:00", contactIds = new[] { contactId }, sendInvitations = false,
        })).ReadOk<JsonElement>(HttpStatusCode.Created);

        Assert.That((Outcomes(meeting).Count(), _smtp.Received.Count), Is.EqualTo((0, 0)));
    }

    private static Calendar Invitation(MimeMessage message, out ContentType contentType)
    {
        var part = message.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        contentType = part.ContentType;
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }

    private static IEnumerable<(Guid, bool, string?)> Outcomes(JsonElement appointment) =>
        appointment.GetProperty("invitations").EnumerateArray()
            .Select(i => (i.GetProperty("contactId").GetGuid(), i.GetProperty("sent").GetBoolean(), i.GetProperty("problem").GetString()));

    private static async Task<Guid> CreateContactAsync(HttpClient client, string lastName, string? email) =>
        (await (await client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName, emails = email is null ? Array.Empty<object>() : [new { address = email, isPrimary = true }],
        })).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private WebApplicationFactory<Program> MailApp() => App.WithWebHostBuilder(b => b
        .UseSetting("Mail:Host", "127.0.0.1")
        .UseSetting("Mail:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Mail:Security", "None")
        .UseSetting("Mail:Timeout", "00:00:10")
        .UseSetting("Mail:FromAddress", "agenda@acme.example")
        .UseSetting("Mail:FromName", "Acme"));

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }
}

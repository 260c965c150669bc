using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// The session check of every request: one query for the security stamp and the access version, the roles and
/// permissions from each host's cache, the cookie left alone. Changes made through one host apply at the next request
/// on another host sharing the database (two hosts in this process, each with its own cache).
/// </summary>
internal sealed class SessionCheckTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Assistant = "assistant@crm.test";

    [Test]
    public async Task AnAuthenticatedRequest_DoesNotReissueTheSessionCookie_WhichHoldsNoPermission()
    {
        using var client = App.CreateClient();
        var signIn = await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password);
        var cookie = Session.SetCookie(signIn, "crm.session");
        Assert.That(cookie, Is.Not.Null);

        foreach (var path in new[] { "/api/v1/contacts", "/api/v1/me", "/api/v1/roles", "/health/live" })
        {
            var response = await client.GetAsync(path);
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
                Assert.That(Session.SetCookie(response, "crm.session"), Is.Null, $"{path} answered Set-Cookie: crm.session");
            });
        }

        var ticket = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme)
            .TicketDataFormat.Unprotect(cookie!.Split(';')[0]["crm.session=".Length..]);
        Assert.That(ticket, Is.Not.Null);
        var claimTypes = ticket!.Principal.Claims.Select(c => c.Type).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(claimTypes, Does.Contain(ClaimTypes.NameIdentifier).And.Contain("AspNet.Identity.SecurityStamp"));
            Assert.That(claimTypes, Does.Not.Contain(PermissionClaims.Type).And.Not.Contain(ClaimTypes.Role), "roles and permissions come from the server");
            Assert.That((await (await client.GetAsync("/api/v1/me")).ReadOk<MeDto>()).Permissions, Does.Contain("admin.users"));
        });
    }

    [Test]
    public async Task TheCookie_IsRenewedOnlyOnceHalfItsSlidingWindowHasPassed()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        await Users.Create(App, Assistant, "SalesRep");
        using var client = app.CreateClient();
        (await Session.SignIn(client, Assistant, Users.Password)).EnsureSuccessStatusCode();

        clock.Advance(TimeSpan.FromHours(3));
        var early = await client.GetAsync("/api/v1/contacts");
        clock.Advance(TimeSpan.FromHours(2));
        var renewing = await client.GetAsync("/api/v1/contacts");
        var after = await client.GetAsync("/api/v1/contacts");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { early.StatusCode, renewing.StatusCode, after.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(Session.SetCookie(early, "crm.session"), Is.Null, "3 h into an 8 h window");
            Assert.That(Session.SetCookie(renewing, "crm.session"), Is.Not.Null.And.Not.Contain("1970"), "5 h in: renewed for 8 more hours");
            Assert.That(Session.SetCookie(after, "crm.session"), Is.Null, "renewed once");
        });
    }

    [Test]
    public async Task AnAuthenticatedRequest_ReadsTheIdentityTablesOnce()
    {
        using var client = App.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode(); // builds and caches the roles and permissions

        using var commands = new IdentityCommands();
        // The check's contexts are pooled, and EF reconsiders whether anyone listens at most once a second per context.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        }

        Assert.That(commands.Texts, Has.Count.EqualTo(5).And.All.Contain("access_versions"), string.Join("\n---\n", commands.Texts));
    }

    [Test]
    public async Task ARoleChangedThroughOneHost_AppliesAtTheNextRequestOnAnother()
    {
        await using var other = App.Restart(relayEnabled: false);
        var role = await (await Client.PostAsJsonAsync("/api/v1/roles", new { name = "Assistant", permissions = new[] { "contacts.read" }, requiresMfa = false }))
            .ReadOk<RoleDto>(HttpStatusCode.Created);
        await Users.Create(App, Assistant, "Assistant");
        using var assistant = await Users.SignedInClient(other, Assistant);
        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await assistant.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await UpdateRole(role, ["contacts.read", "contacts.write"], requiresMfa: false);

        Assert.That((await assistant.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).StatusCode, Is.EqualTo(HttpStatusCode.Created), "a permission given");
        Assert.That((await (await assistant.GetAsync("/api/v1/me")).ReadOk<MeDto>()).Permissions, Is.EqualTo(new[] { "contacts.read", "contacts.write" }));

        await UpdateRole(role, ["contacts.write"], requiresMfa: false);

        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a permission taken");

        await UpdateRole(role, ["contacts.read"], requiresMfa: true);

        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "MFA now required, not enrolled");
        var me = await (await assistant.GetAsync("/api/v1/me")).ReadOk<MfaStateDto>();
        Assert.That(me.MfaEnrolmentRequired, Is.True);
    }

    [Test]
    public async Task ARoleGivenOrTakenThroughOneHost_AppliesAtTheNextRequestOnAnother_ToSessionsAndTokens()
    {
        await using var other = App.Restart(relayEnabled: false);
        var userId = await Users.Create(App, Assistant, "SalesRep");
        using var assistant = await Users.SignedInClient(other, Assistant);
        var token = await (await assistant.PostAsJsonAsync("/api/v1/me/tokens", new { name = "sync", scopes = new[] { "contacts.read" }, expiresInDays = 7 }))
            .ReadOk<CreatedTokenDto>(HttpStatusCode.Created);
        using var integration = other.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await integration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await SetRoles(userId);

        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the session lost the role");
        Assert.That((await integration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the token lost the scope");

        await SetRoles(userId, "SalesRep");

        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session got the role back");
        Assert.That((await integration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the token got the scope back");
    }

    [Test]
    public async Task SigningOutOnOneHost_EndsTheSessionsOnAnother_AsDoesADeactivation()
    {
        await using var other = App.Restart(relayEnabled: false);
        var userId = await Users.Create(App, Assistant, "SalesRep");
        using var here = await Users.SignedInClient(App, Assistant);
        using var there = await Users.SignedInClient(other, Assistant);
        Assert.That((await there.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await here.PostAsync("/api/v1/auth/sign-out", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var ended = await there.GetAsync("/api/v1/contacts");
        Assert.Multiple(() =>
        {
            Assert.That(ended.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "signed out everywhere");
            Assert.That(Session.SetCookie(ended, "crm.session"), Does.Contain("expires=Thu, 01 Jan 1970").IgnoreCase, "the cookie is removed");
        });

        using var again = await Users.SignedInClient(other, Assistant);
        Assert.That((await again.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Client.PostAsync($"/api/v1/users/{userId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await again.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "deactivated");
    }

    private async Task UpdateRole(RoleDto role, string[] permissions, bool requiresMfa) =>
        await (await Client.PutAsJsonAsync($"/api/v1/roles/{role.Id}", new { name = role.Name, permissions, requiresMfa })).ReadOk<RoleDto>();

    private async Task SetRoles(Guid userId, params string[] roles) =>
        (await Client.PutAsJsonAsync($"/api/v1/users/{userId}/roles", new { roles })).EnsureSuccessStatusCode();

    private sealed record MfaStateDto(List<string> Permissions, bool MfaEnrolmentRequired);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private long _ticks = now.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }

    /// <summary>The text of every EF command run in this process on the Identity module's tables while it lives.</summary>
    private sealed class IdentityCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly Regex IdentityTable = new("(?<![a-z_])(users|roles|role_claims|user_roles|user_claims|access_versions)(?![a-z_])", RegexOptions.CultureInvariant);
        private readonly List<IDisposable> _subscriptions = [];
        private readonly List<string> _texts = [];

        public IdentityCommands() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public IReadOnlyList<string> Texts
        {
            get
            {
                lock (_texts)
                {
                    return [.. _texts];
                }
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
                && IdentityTable.IsMatch(executed.Command.CommandText))
            {
                lock (_texts)
                {
                    _texts.Add(executed.Command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}

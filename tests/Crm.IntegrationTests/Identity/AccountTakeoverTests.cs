using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Crm.IntegrationTests.Identity;

/// <summary>Ways to get more than was given, each closed.</summary>
internal sealed class AccountTakeoverTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [TestCase("POST", "/api/v1/me/tokens")]
    [TestCase("GET", "/api/v1/me/tokens")]
    [TestCase("POST", "/api/v1/me/mfa/enrolment")]
    [TestCase("PUT", "/api/v1/me/profile")]
    public async Task ApiToken_CannotManageTheAccount(string method, string path)
    {
        var token = await (await Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "narrow", scopes = new[] { "contacts.read" }, expiresInDays = 1 }))
            .ReadOk<CreatedTokenDto>(HttpStatusCode.Created);
        using var integration = App.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { name = "wide", scopes = new[] { "admin.users" }, expiresInDays = 366, displayName = "x", language = "en", timeZone = "Europe/Paris" });
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }

        Assert.That((await integration.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task SignOut_EndsEvenACopiedSessionCookie()
    {
        using var browser = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var signedIn = await browser.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = CrmApp.Administrator.Email, password = CrmApp.Administrator.Password });
        var cookies = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var xsrf = Session.SetCookie(signedIn, "XSRF-TOKEN")!.Split(';')[0]["XSRF-TOKEN=".Length..];

        var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-out");
        signOut.Headers.Add("Cookie", cookies);
        signOut.Headers.Add("X-XSRF-TOKEN", xsrf);
        Assert.That((await browser.SendAsync(signOut)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var replay = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        replay.Headers.Add("Cookie", cookies);
        Assert.That((await browser.SendAsync(replay)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ParallelWrongPasswords_AreAllRefusedTheSameWay()
    {
        using var attacker = App.CreateClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            attacker.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = CrmApp.Administrator.Email, password = $"guess number {i} here" })));
        Assert.That(answers.Select(a => a.StatusCode), Has.All.EqualTo(HttpStatusCode.Unauthorized));

        // Every guess counted: the account is locked, even for the right password.
        var right = await attacker.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = CrmApp.Administrator.Email, password = CrmApp.Administrator.Password });
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task UserDeactivatedBetweenPasswordAndCode_GetsNoSession()
    {
        await Users.Create(App, "eve@crm.test", "SalesRep");
        using var eve = App.CreateClient();
        (await Session.SignIn(eve, "eve@crm.test", Users.Password)).EnsureSuccessStatusCode();
        var enrolment = await (await eve.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        var totp = new Totp(Base32Encoding.ToBytes(enrolment.SharedKey));
        (await eve.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = totp.ComputeTotp() })).EnsureSuccessStatusCode();
        var eveId = (await eve.GetFromJsonAsync<MeDto>("/api/v1/me"))!.Id;

        using var again = App.CreateClient();
        Assert.That((await Session.SignIn(again, "eve@crm.test", Users.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((await Client.PostAsync($"/api/v1/users/{eveId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var verify = await again.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code = totp.ComputeTotp() });
        Assert.Multiple(async () =>
        {
            Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await again.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task AnAppCode_WorksOnlyOnce()
    {
        await Users.Create(App, "zoe@crm.test", "SalesRep");
        using var zoe = App.CreateClient();
        (await Session.SignIn(zoe, "zoe@crm.test", Users.Password)).EnsureSuccessStatusCode();
        var enrolment = await (await zoe.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        var totp = new Totp(Base32Encoding.ToBytes(enrolment.SharedKey));
        (await zoe.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = totp.ComputeTotp() })).EnsureSuccessStatusCode();

        var code = totp.ComputeTotp();
        using var first = App.CreateClient();
        await Session.SignIn(first, "zoe@crm.test", Users.Password);
        Assert.That((await first.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var replay = App.CreateClient();
        await Session.SignIn(replay, "zoe@crm.test", Users.Password);
        var refused = await replay.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code });
        await refused.AssertProblem(HttpStatusCode.Unauthorized, "auth.second_factor_refused");
    }

    [Test]
    public async Task SignInWithAnIdempotencyKey_StoresNoAnswer()
    {
        using var browser = App.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-in")
        {
            Content = JsonContent.Create(new { email = CrmApp.Administrator.Email, password = CrmApp.Administrator.Password }),
        };
        request.Headers.Add("Idempotency-Key", "sign-in-1");
        (await browser.SendAsync(request)).EnsureSuccessStatusCode();

        await using var scope = App.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().IdempotentRequests.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Invite_WithANullRoleOrAWindowsTimeZone_Is400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/users/invitations", new { email = "n@crm.test", displayName = "N", roles = new string?[] { null }, timeZone = "Romance Standard Time" });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "roles[0]", "timeZone" }));
    }
}

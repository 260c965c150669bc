using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

internal sealed record CreatedTokenDto(Guid Id, string Token, string Name, List<string> Scopes, DateTimeOffset ExpiresAtUtc);

internal sealed record TokenDto(Guid Id, string Name, List<string> Scopes, DateTimeOffset CreatedAtUtc, DateTimeOffset ExpiresAtUtc, DateTimeOffset? LastUsedAtUtc, DateTimeOffset? RevokedAtUtc, int Version);

internal sealed record TokenList(List<TokenDto> Items);

internal sealed class ApiTokenTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Token_CallsTheApiWithinItsScopesOnly()
    {
        var token = await CreateToken(["contacts.read"]);
        using var integration = BearerClient(token.Token);

        var read = await integration.GetAsync("/api/v1/contacts");
        var write = await integration.PostAsJsonAsync("/api/v1/contacts", Api.NewContact());
        var report = await integration.GetAsync("/api/v1/reports/contacts-created");
        Assert.Multiple(() =>
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "contacts.write is not in the token's scopes");
            Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Token_ChangesDataWithoutAnyXsrfHeader()
    {
        var token = await CreateToken(["contacts.read", "contacts.write"]);
        using var integration = BearerClient(token.Token);
        var created = await integration.PostAsJsonAsync("/api/v1/contacts", Api.NewContact());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Token_IsListedWithItsLastUse_AndItsSecretIsStoredOnlyAsAHash()
    {
        var token = await CreateToken(["contacts.read"]);
        using (var integration = BearerClient(token.Token))
        {
            (await integration.GetAsync("/api/v1/contacts")).EnsureSuccessStatusCode();
        }

        var listed = (await Client.GetFromJsonAsync<TokenList>("/api/v1/me/tokens"))!.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(listed.Id, Is.EqualTo(token.Id));
            Assert.That(listed.Scopes, Is.EqualTo(new[] { "contacts.read" }));
            Assert.That(listed.LastUsedAtUtc, Is.Not.Null);
            Assert.That(listed.RevokedAtUtc, Is.Null);
        });

        await using var scope = App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().ApiTokens.AsNoTracking().SingleAsync();
        var secret = token.Token.Split('_', 3)[2];
        Assert.That(Convert.ToBase64String(stored.SecretHash), Does.Not.Contain(secret).And.Length.EqualTo(44), "a SHA-256 hash, not the secret");
    }

    [Test]
    public async Task RevokedToken_StopsWorkingAtOnce()
    {
        var token = await CreateToken(["contacts.read"]);
        using var integration = BearerClient(token.Token);
        (await integration.GetAsync("/api/v1/contacts")).EnsureSuccessStatusCode();

        using var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/me/tokens/{token.Id}");
        revoke.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.That((await Client.SendAsync(revoke)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var refused = await integration.GetAsync("/api/v1/contacts");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("crm_not_a_token")]
    [TestCase("crm_0123456789abcdef0123456789abcdef_c2VjcmV0")]
    [TestCase("garbage")]
    public async Task UnknownToken_Is401(string bearer)
    {
        using var integration = BearerClient(bearer);
        Assert.That((await integration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ExpiredToken_Is401()
    {
        var token = await CreateToken(["contacts.read"]);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            var stored = await db.ApiTokens.SingleAsync();
            db.Entry(stored).Property(t => t.ExpiresAtUtc).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        using var integration = BearerClient(token.Token);
        Assert.That((await integration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Token_WithAScopeItsUserDoesNotHold_IsRefused()
    {
        using var rep = App.CreateClient();
        await Users.Create(App, "rep@crm.test", "SalesRep");
        (await Session.SignIn(rep, "rep@crm.test", Users.Password)).EnsureSuccessStatusCode();
        var response = await rep.PostAsJsonAsync("/api/v1/me/tokens", new { name = "too much", scopes = new[] { "admin.users" }, expiresInDays = 30 });
        var problem = await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "token.scope_not_held");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("admin.users"));
    }

    [Test]
    public async Task CreateToken_WithUnknownScopeOrNoExpiry_Is400WithFieldErrors()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "x", scopes = new[] { "contacts.fly" } });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "expiresInDays" }));
    }

    private async Task<CreatedTokenDto> CreateToken(string[] scopes)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "integration", scopes, expiresInDays = 30 });
        return await response.ReadOk<CreatedTokenDto>(HttpStatusCode.Created);
    }

    private HttpClient BearerClient(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

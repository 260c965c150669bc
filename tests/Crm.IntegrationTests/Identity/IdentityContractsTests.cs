using System.Net.Http.Json;
using System.Security.Claims;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

/// <summary>What other modules read through Crm.Modules.Identity.Contracts, as they read it inside a request.</summary>
internal sealed class IdentityContractsTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task TheCurrentUser_CarriesIdPermissionsAndTheProfileAsJustChanged()
    {
        var me = await (await Client.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        await using (var scope = RequestScopeFor(me.Id, "contacts.read"))
        {
            var before = await scope.ServiceProvider.GetRequiredService<ICurrentUser>().GetPreferencesAsync(CancellationToken.None);
            Assert.That(before, Is.EqualTo(new UserPreferences(me.Language, me.TimeZone)));
        }

        using var change = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new { displayName = "Ada", language = "en", timeZone = "America/Montreal" }),
        };
        change.Headers.IfMatch.ParseAdd("*");
        (await Client.SendAsync(change)).EnsureSuccessStatusCode();

        await using var after = RequestScopeFor(me.Id, "contacts.read");
        var currentUser = after.ServiceProvider.GetRequiredService<ICurrentUser>();
        Assert.Multiple(async () =>
        {
            Assert.That(currentUser.Id, Is.EqualTo(me.Id));
            Assert.That(currentUser.Permissions, Is.EquivalentTo(new[] { "contacts.read" }));
            Assert.That(await currentUser.GetPreferencesAsync(CancellationToken.None), Is.EqualTo(new UserPreferences("en", "America/Montreal")));
        });
    }

    [Test]
    public async Task AnAnonymousCaller_IsNobody_AndSeesNoRecord()
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext();

        var visible = await scope.ServiceProvider.GetRequiredService<IRecordVisibility>().ForCurrentUserAsync(RecordTypes.Contacts, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(scope.ServiceProvider.GetRequiredService<ICurrentUser>().IsAuthenticated, Is.False);
            Assert.That(visible.Everyone, Is.False);
            Assert.That(visible.OwnerIds, Is.Empty);
        });
    }

    private AsyncServiceScope RequestScopeFor(Guid userId, params string[] permissions)
    {
        var scope = App.Services.CreateAsyncScope();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()) };
        claims.AddRange(permissions.Select(p => new Claim(PermissionClaims.Type, p)));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")),
        };
        return scope;
    }
}

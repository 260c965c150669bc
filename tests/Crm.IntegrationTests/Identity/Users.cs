using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

/// <summary>Creates users directly, until invitations exist.</summary>
internal static class Users
{
    public const string Password = "a long enough passphrase";

    /// <summary>A client signed in as <paramref name="email"/> (created with <see cref="Password"/>).</summary>
    public static async Task<HttpClient> SignedInClient(CrmApp app, string email)
    {
        var client = app.CreateClient();
        var response = await Session.SignIn(client, email, Password);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return client;
    }

    public static async Task<Guid> Create(WebApplicationFactory<Program> app, string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, DisplayName = email };
        var created = await users.CreateAsync(user, Password);
        Assert.That(created.Succeeded, Is.True, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user.Id;
    }
}

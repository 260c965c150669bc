using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

/// <summary>Provisioning rules shared by LDAP and OIDC sign-in, checked on the service itself.</summary>
internal sealed class ExternalAccountsTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly Dictionary<string, IReadOnlyList<string>> AdminsGroup = new() { ["crm-admins"] = ["Administrator"] };

    [Test]
    public async Task TheDirectory_CannotTakeAdministratorFromTheLastActiveAdministrator()
    {
        var person = new ExternalIdentity("ldap", "subject-1", "root@crm.test", EmailVerified: true, MayLinkByEmail: false, "Root", ["crm-admins"]);
        await Provision(person);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var seeded = (await users.FindByEmailAsync(CrmApp.Administrator.Email))!;
            seeded.IsActive = false;
            await users.UpdateAsync(seeded);
        }

        var (user, failure) = await Provision(person with { Groups = [] });

        Assert.That(failure, Is.Null);
        await using var check = App.Services.CreateAsyncScope();
        Assert.That(await check.ServiceProvider.GetRequiredService<UserManager<User>>().GetRolesAsync(user!), Does.Contain("Administrator"));
    }

    [Test]
    public async Task TheDirectory_TakesAdministratorAway_WhileAnotherAdministratorRemains()
    {
        var person = new ExternalIdentity("ldap", "subject-2", "second@crm.test", EmailVerified: true, MayLinkByEmail: false, "Second", ["crm-admins"]);
        await Provision(person);

        var (user, _) = await Provision(person with { Groups = [] });

        await using var check = App.Services.CreateAsyncScope();
        Assert.That(await check.ServiceProvider.GetRequiredService<UserManager<User>>().GetRolesAsync(user!), Is.Empty);
    }

    private async Task<(User? User, string? Failure)> Provision(ExternalIdentity person)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExternalAccounts>().ProvisionAsync(person, AdminsGroup, CancellationToken.None);
    }
}

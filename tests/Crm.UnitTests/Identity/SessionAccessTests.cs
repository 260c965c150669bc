using System.Security.Claims;
using Crm.Modules.Identity.Sessions;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Crm.UnitTests.Identity;

internal sealed class SessionAccessTests
{
    private const string StampType = "AspNet.Identity.SecurityStamp";
    private static readonly Guid UserId = Guid.CreateVersion7();
    private static readonly SessionAccessTag Tag = new("stamp-1", true, "ada@crm.test", "ada@crm.test", false, Guid.NewGuid());

    private static ClaimsIdentity Built(params Claim[] extra) => new(
        [
            new Claim(ClaimTypes.NameIdentifier, UserId.ToString()),
            new Claim(ClaimTypes.Name, "ada@crm.test"),
            new Claim(StampType, "stamp-1"),
            new Claim(ClaimTypes.Role, "SalesRep"),
            new Claim(PermissionClaims.Type, "contacts.read"),
            new Claim(PermissionClaims.Type, "contacts.write"),
            .. extra,
        ],
        IdentityConstants.ApplicationScheme,
        ClaimTypes.Name,
        ClaimTypes.Role);

    [Test]
    public void PrincipalFor_GivesTheCachedClaims_WithTheSessionsOwnSignInMethod()
    {
        var access = new UserAccess(Tag, Built(new Claim("amr", "pwd")));
        var session = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId.ToString()), new Claim("amr", "oidc:corporate")], IdentityConstants.ApplicationScheme));

        var principal = access.PrincipalFor(session);

        Assert.Multiple(() =>
        {
            Assert.That(principal.Identity!.IsAuthenticated, Is.True);
            Assert.That(principal.Identity.Name, Is.EqualTo("ada@crm.test"));
            Assert.That(principal.IsInRole("SalesRep"), Is.True);
            Assert.That(principal.FindAll(PermissionClaims.Type).Select(c => c.Value), Is.EqualTo(new[] { "contacts.read", "contacts.write" }));
            Assert.That(principal.FindAll("amr").Select(c => c.Value), Is.EqualTo(new[] { "oidc:corporate" }), "the method of this session, not of the one that built the cache");
            Assert.That(access.Permissions, Is.EquivalentTo(new[] { "contacts.read", "contacts.write" }));
        });
    }

    [Test]
    public void PrincipalFor_GivesEachRequestAPrincipalOfItsOwn()
    {
        var access = new UserAccess(Tag, Built());
        var session = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId.ToString())], IdentityConstants.ApplicationScheme));

        var first = access.PrincipalFor(session);
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim(PermissionClaims.Type, "admin.users"));

        Assert.That(access.PrincipalFor(session).HasClaim(PermissionClaims.Type, "admin.users"), Is.False);
    }

    [Test]
    public void TheCache_GivesAnAccessOnlyForTheTagItWasBuiltUnder()
    {
        using var cache = new SessionAccessCache();
        var access = new UserAccess(Tag, Built());
        cache.Store(UserId, access);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Find(UserId, Tag with { }), Is.SameAs(access));
            Assert.That(cache.Find(UserId, Tag with { AccessVersion = Guid.NewGuid() }), Is.Null, "a role changed");
            Assert.That(cache.Find(UserId, Tag with { SecurityStamp = "stamp-2" }), Is.Null, "the stamp changed");
            Assert.That(cache.Find(UserId, Tag with { TwoFactorEnabled = true }), Is.Null, "MFA turned on");
            Assert.That(cache.Find(Guid.CreateVersion7(), Tag), Is.Null, "another user");
        });
    }

    [Test]
    public void TheSessionCookie_KeepsWhoSignedInAndTheStamp_NotRolesOrPermissions()
    {
        var signingIn = new CookieSigningInContext(
            new DefaultHttpContext(),
            new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler)),
            new CookieAuthenticationOptions(),
            new ClaimsPrincipal(Built(new Claim("amr", "pwd"))),
            new AuthenticationProperties(),
            new CookieOptions());

        SessionValidation.KeepIdentityOnly(signingIn);

        var identity = (ClaimsIdentity)signingIn.Principal!.Identity!;
        Assert.Multiple(() =>
        {
            Assert.That(identity.Claims.Select(c => c.Type), Is.EqualTo(new[] { ClaimTypes.NameIdentifier, ClaimTypes.Name, StampType, "amr" }));
            Assert.That(identity.AuthenticationType, Is.EqualTo(IdentityConstants.ApplicationScheme));
            Assert.That(identity.Name, Is.EqualTo("ada@crm.test"));
        });
    }
}

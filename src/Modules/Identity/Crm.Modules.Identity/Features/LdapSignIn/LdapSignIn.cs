using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Features.SignIn;
using Crm.Modules.Identity.Ldap;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Identity.Features.LdapSignIn;

/// <summary>Signing in with a directory account: <see cref="Username"/> is what the directory's user filter matches (uid or mail by default).</summary>
internal sealed record LdapSignIn(string? Username, string? Password, string? IpAddress, string? UserAgent) : ICommand<Result<SignedIn>>;

internal sealed class LdapSignInValidator : AbstractValidator<LdapSignIn>
{
    public LdapSignInValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(256);
        // An empty password is not a validation error but a refused sign-in, audited like the others.
        RuleFor(c => c.Password).MaximumLength(1000);
    }
}

/// <summary>
/// Finds the person with the service account, binds as them with their password, then provisions (or finds) their
/// CRM account, brings their directory-managed roles in step with their groups, and opens the session or, with MFA,
/// the second-factor step, as the password flow does. Every refusal is <see cref="SignInHandler.Refused"/>; the audit
/// (method <c>ldap</c>) records the real reason. A failed bind counts towards the CRM account's lockout.
/// </summary>
internal sealed class LdapSignInHandler(
    LdapDirectory directory,
    ExternalAccounts accounts,
    UserManager<User> users,
    SignInManager<User> signIn,
    CurrentUserReader currentUser,
    AccountAttemptLocks attemptLocks,
    IdentityModuleDbContext db,
    TimeProvider time,
    ILogger<LdapSignInHandler> logger) : ICommandHandler<LdapSignIn, Result<SignedIn>>
{
    public const string Method = "ldap";

    public static readonly Error NotConfigured = Error.NotFound("auth.ldap_not_configured", "LDAP sign-in is not configured.");

    private sealed record Outcome(User? User, string AuditedAs, string? Failure, bool SecondFactor = false);

    public async ValueTask<Result<SignedIn>> Handle(LdapSignIn command, CancellationToken cancellationToken)
    {
        if (!directory.Options.Enabled)
        {
            return NotConfigured;
        }

        var username = command.Username!.Trim();
        Outcome outcome;
        try
        {
            outcome = await AttemptAsync(username, command.Password ?? string.Empty, cancellationToken);
        }
        catch (LdapDirectoryException e)
        {
            outcome = new Outcome(null, username, e.Reason);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another attempt on the same account saved first: refuse this one like any other.
            outcome = new Outcome(null, username, "concurrent_attempt");
        }

        await db.AuditAsync(
            SignInAttempt.Of(outcome.AuditedAs, outcome.User?.Id, Method, outcome.SecondFactor ? "second_factor_pending" : outcome.Failure, command.IpAddress, command.UserAgent, time.GetUtcNow()),
            cancellationToken);

        if (outcome.Failure is not null || outcome.User is null)
        {
            return SignInHandler.Refused;
        }

        return outcome.SecondFactor
            ? SignedIn.SecondFactorRequired
            : new SignedIn(await signIn.CreateUserPrincipalAsync(outcome.User), await currentUser.ReadAsync(outcome.User));
    }

    private async Task<Outcome> AttemptAsync(string username, string password, CancellationToken cancellationToken)
    {
        // Before anything reaches the directory: a bind with a name and no password is an anonymous bind, which succeeds.
        if (password.Length == 0)
        {
            return new Outcome(null, username, "empty_password");
        }

        // A native client may stop the password at a NUL, turning "\0x" into the same anonymous bind.
        if (password.Any(char.IsControl))
        {
            return new Outcome(null, username, "control_character_in_password");
        }

        using var session = await directory.OpenAsync(cancellationToken);
        var (person, matches) = await session.FindAsync(username, cancellationToken);
        if (person is null)
        {
            await session.SpendABindAsync(password, cancellationToken);
            return new Outcome(null, username, matches == 0 ? "unknown_account" : "ambiguous_account");
        }

        var auditedAs = string.IsNullOrWhiteSpace(person.Email) ? username : person.Email.Trim();
        using var oneAttemptAtATime = await attemptLocks.AcquireAsync(auditedAs, cancellationToken);
        var linked = person.Subject is null ? null : await users.FindByLoginAsync(Method, person.Subject);
        if (linked is not null && await users.IsLockedOutAsync(linked))
        {
            return new Outcome(linked, auditedAs, "locked_out");
        }

        if (!await session.CheckPasswordAsync(person.DistinguishedName, password, cancellationToken))
        {
            if (linked is null)
            {
                return new Outcome(null, auditedAs, "wrong_password");
            }

            await users.AccessFailedAsync(linked);
            return new Outcome(linked, auditedAs, await users.IsLockedOutAsync(linked) ? "locked_out" : "wrong_password");
        }

        if (person.Subject is null || string.IsNullOrWhiteSpace(person.Email))
        {
            logger.LogError(
                "An LDAP entry has no {Attribute}: it cannot sign in to the CRM (see Identity:Ldap:SubjectAttribute and EmailAttribute).",
                person.Subject is null ? directory.Options.SubjectAttribute : directory.Options.EmailAttribute);
            return new Outcome(linked, auditedAs, person.Subject is null ? "no_subject" : "no_email");
        }

        var groups = await session.GroupsAsync(person, cancellationToken);
        var (user, failure) = await accounts.ProvisionAsync(
            new ExternalIdentity(Method, person.Subject, person.Email, EmailVerified: true, directory.Options.LinkExistingAccountsByEmail, person.DisplayName, groups),
            directory.Options.RolesByGroup(),
            cancellationToken);
        if (failure is not null || user is null)
        {
            return new Outcome(user, auditedAs, failure ?? "provisioning_refused");
        }

        var signedIn = await signIn.ExternalLoginSignInAsync(Method, person.Subject, isPersistent: false, bypassTwoFactor: false);
        if (signedIn.Succeeded && user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return signedIn.Succeeded || signedIn.RequiresTwoFactor
            ? new Outcome(user, auditedAs, null, signedIn.RequiresTwoFactor)
            : new Outcome(user, auditedAs, signedIn.IsLockedOut ? "locked_out" : signedIn.IsNotAllowed ? "not_allowed" : "sign_in_refused");
    }
}

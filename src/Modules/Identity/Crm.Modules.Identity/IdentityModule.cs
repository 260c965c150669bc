using System.Threading.RateLimiting;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Features;
using Crm.Modules.Identity.Features.AcceptInvitation;
using Crm.Modules.Identity.Features.CompleteOidcSignIn;
using Crm.Modules.Identity.Features.ConfirmMfaEnrolment;
using Crm.Modules.Identity.Features.CreateAdministrator;
using Crm.Modules.Identity.Features.CreateApiToken;
using Crm.Modules.Identity.Features.CreateRole;
using Crm.Modules.Identity.Features.CreateTeam;
using Crm.Modules.Identity.Features.DeactivateUser;
using Crm.Modules.Identity.Features.DeleteRole;
using Crm.Modules.Identity.Features.DeleteTeam;
using Crm.Modules.Identity.Features.DisableMfa;
using Crm.Modules.Identity.Features.GetMe;
using Crm.Modules.Identity.Features.InviteUser;
using Crm.Modules.Identity.Features.LdapSignIn;
using Crm.Modules.Identity.Features.ListApiTokens;
using Crm.Modules.Identity.Features.ListDirectoryPeople;
using Crm.Modules.Identity.Features.ListDirectoryTeams;
using Crm.Modules.Identity.Features.ListRoles;
using Crm.Modules.Identity.Features.ListSignInAttempts;
using Crm.Modules.Identity.Features.ListSignInMethods;
using Crm.Modules.Identity.Features.ListTeams;
using Crm.Modules.Identity.Features.ListUsers;
using Crm.Modules.Identity.Features.ListVisibilityRules;
using Crm.Modules.Identity.Features.ResetUserMfa;
using Crm.Modules.Identity.Features.RevokeApiToken;
using Crm.Modules.Identity.Features.SetUserRoles;
using Crm.Modules.Identity.Features.SetUserTeam;
using Crm.Modules.Identity.Features.SetVisibilityRule;
using Crm.Modules.Identity.Features.SignIn;
using Crm.Modules.Identity.Features.SignOut;
using Crm.Modules.Identity.Features.StartMfaEnrolment;
using Crm.Modules.Identity.Features.StartOidcSignIn;
using Crm.Modules.Identity.Features.UpdateProfile;
using Crm.Modules.Identity.Features.UpdateRole;
using Crm.Modules.Identity.Features.UpdateTeam;
using Crm.Modules.Identity.Features.VerifySecondFactor;
using Crm.Modules.Identity.Ldap;
using Crm.Modules.Identity.Mfa;
using Crm.Modules.Identity.Oidc;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Seeding;
using Crm.Modules.Identity.Sessions;
using Crm.Modules.Identity.Tokens;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Infrastructure.Commands;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Modules;
using Crm.Shared.Infrastructure.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity;

/// <summary>Users, roles and permissions, sign-in. The module's only public type.</summary>
public sealed class IdentityModule : IModule
{
    internal const string Schema = "identity";
    private const string SessionOrTokenScheme = "SessionOrToken";

    public string Name => Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityModuleDbContext>(Schema);
        services.AddValidatorsFromAssemblyContaining<IdentityModule>(ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddHttpContextAccessor();
        services.AddIdentityCore<User>(o =>
            {
                // Length over composition rules (NIST SP 800-63B); guessable passwords are refused by CommonPasswordValidator.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                // The user name is the email, validated as one: apostrophes and accents included.
                o.User.AllowedUserNameCharacters = string.Empty;
                // "Confirmed" means active here (ActiveUserConfirmation), so no path signs a deactivated user in.
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<IUserConfirmation<User>, ActiveUserConfirmation>();
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<User>, SessionPrincipalFactory>());
        services.Replace(ServiceDescriptor.Scoped<IUserStore<User>, ProtectedAuthenticatorKeyStore>());
        // One default scheme that picks the session cookie or, with "Authorization: Bearer", an API token.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SessionOrTokenScheme;
                o.DefaultChallengeScheme = SessionOrTokenScheme;
            })
            .AddPolicyScheme(SessionOrTokenScheme, "Session cookie or API token", o => o.ForwardDefaultSelector = http =>
                ApiTokenAuthenticationHandler.CarriesToken(http.Request) ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthentication().AddIdentityCookies();
        services.AddOidcSignIn(configuration);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "crm.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // An API answers with a status, never a redirect to a login page.
            o.Events.OnRedirectToLogin = context => SetStatus(context.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => SetStatus(context.Response, StatusCodes.Status403Forbidden);
            o.Events.OnSigningIn = context =>
            {
                SessionValidation.KeepIdentityOnly(context);
                return AbsoluteSessionLifetime.StampSignIn(context);
            };
            o.Events.OnValidatePrincipal = AbsoluteSessionLifetime.Validate;
        });
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(SignInEndpoint.RateLimitPolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Identity:SignInAttemptsPerMinutePerAddress", 10),
                    Window = TimeSpan.FromMinutes(1),
                })));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = Invitation.Lifetime);
        services.AddDataProtection()
            .SetApplicationName("Crm")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keys ? keys : Path.Combine(configuration["Database:SqliteDirectory"] is { Length: > 0 } data ? data : "./data", "keys")));
        services.AddSingleton<AccountAttemptLocks>();
        services.AddScoped<CurrentUserReader>();
        // Every session request and API-token call reads the user's security stamp and the access version (one query),
        // and takes the roles and permissions cached for them (SessionValidation, docs/adr/0014).
        services.AddSingleton<SessionAccessCache>();
        services.AddSingleton<SessionAccessQueries>();
        services.AddScoped<SessionAccess>();
        services.AddScoped<ExternalAccounts>();
        services.AddSingleton<DirectoryCache>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IRecordVisibility, RecordVisibility>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddOptions<LdapOptions>().Bind(configuration.GetSection(LdapOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LdapOptions>, LdapOptionsValidator>();
        services.AddSingleton<LdapDirectory>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<IHostCommand, CreateAdministratorHostCommand>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<DirectoryChangedConsumer>().Endpoint(e =>
        {
            // Every host process caches the directory, so each needs every change: a queue of its own, gone with it,
            // instead of one queue whose consumers compete.
            e.Temporary = true;
            e.InstanceId = Guid.NewGuid().ToString("N")[..12];
        });

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapModuleGroup<IdentityModuleDbContext>("auth", "Authentication", storeAnswers: false);
        SignInEndpoint.Map(auth);
        LdapSignInEndpoint.Map(auth);
        ListSignInMethodsEndpoint.Map(auth);
        SignOutEndpoint.Map(auth);
        ListSignInAttemptsEndpoint.Map(auth);

        AcceptInvitationEndpoint.Map(auth);
        VerifySecondFactorEndpoint.Map(auth);
        StartOidcSignInEndpoint.Map(auth);
        CompleteOidcSignInEndpoint.Map(auth);

        var users = endpoints.MapModuleGroup<IdentityModuleDbContext>("users", "Users", storeAnswers: false);
        InviteUserEndpoint.Map(users);
        ListUsersEndpoint.Map(users);
        SetUserActiveEndpoints.Map(users);
        SetUserTeamEndpoint.Map(users);
        SetUserRolesEndpoint.Map(users);
        ResetUserMfaEndpoint.Map(users);

        var roles = endpoints.MapModuleGroup<IdentityModuleDbContext>("roles", "Roles");
        ListRolesEndpoint.Map(roles);
        CreateRoleEndpoint.Map(roles);
        UpdateRoleEndpoint.Map(roles);
        DeleteRoleEndpoint.Map(roles);

        var teams = endpoints.MapModuleGroup<IdentityModuleDbContext>("teams", "Teams");
        CreateTeamEndpoint.Map(teams);
        ListTeamsEndpoint.Map(teams);
        UpdateTeamEndpoint.Map(teams);
        DeleteTeamEndpoint.Map(teams);

        var directory = endpoints.MapModuleGroup<IdentityModuleDbContext>("directory", "Directory");
        ListDirectoryPeopleEndpoint.Map(directory);
        ListDirectoryTeamsEndpoint.Map(directory);

        var visibility = endpoints.MapModuleGroup<IdentityModuleDbContext>("visibility-rules", "Visibility");
        ListVisibilityRulesEndpoint.Map(visibility);
        SetVisibilityRuleEndpoint.Map(visibility);

        var me = endpoints.MapModuleGroup<IdentityModuleDbContext>("me", "Me", storeAnswers: false);
        GetMeEndpoint.Map(me);
        UpdateProfileEndpoint.Map(me);
        CreateApiTokenEndpoint.Map(me);
        ListApiTokensEndpoint.Map(me);
        RevokeApiTokenEndpoint.Map(me);
        StartMfaEnrolmentEndpoint.Map(me);
        ConfirmMfaEnrolmentEndpoint.Map(me);
        DisableMfaEndpoint.Map(me);
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleDatabaseAsync<IdentityModuleDbContext>(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(cancellationToken);
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
